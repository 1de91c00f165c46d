using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Reporting.Inputs;

/// <summary>
/// Parsers for the value formats INPUTS.md fixes: ISO dates, and decimals with '.' and no
/// thousands separators. Culture-free by construction.
/// </summary>
public static class ValueParsers
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static bool TryParseDate(string text, out LocalDate date)
    {
        // The fast path handles the strict yyyy-mm-dd shape; NodaTime checks the calendar.
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success) return false;
        date = result.Value;
        return true;
    }

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value);

    public static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
