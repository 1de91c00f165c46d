using System.Globalization;

namespace Reporting.Workbooks.Markup;

/// <summary>
/// Turns the text of a cell into a typed <see cref="CellValue"/>, always with the invariant culture:
/// a workbook must not change with the machine's language settings.
/// </summary>
internal static class CellValueParser
{
    /// <summary>Excel keeps 15 significant digits; a longer whole number would silently change.</summary>
    public const long MaxExactInteger = 999_999_999_999_999;

    /// <summary>The first date Excel's serial numbers get right (it believes 1900-02-29 existed).</summary>
    public static readonly DateOnly FirstDate = new(1900, 3, 1);

    public const int MaxTextLength = 32_767;

    private const NumberStyles DecimalStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses <paramref name="text"/> as a value of the given type, or returns why it cannot.</summary>
    public static (CellValue? Value, string? Problem) Parse(string type, string text)
    {
        var trimmed = text.Trim();
        switch (type)
        {
            case CellTypeName.Text:
                return text.Length <= MaxTextLength
                    ? (text.Length == 0 ? CellValue.Empty : new CellValue.Text(text), null)
                    : (null, $"text has {text.Length} characters; an Excel cell holds at most {MaxTextLength}");

            case CellTypeName.Number:
                return decimal.TryParse(trimmed, DecimalStyle, CultureInfo.InvariantCulture, out var number)
                    ? (new CellValue.Number(number), null)
                    : (null, $"'{MarkupReader.Shorten(trimmed)}' is not a number (write digits with '.' for decimals and no thousands separators, e.g. 1234.56)");

            case CellTypeName.Percent:
                return decimal.TryParse(trimmed, DecimalStyle, CultureInfo.InvariantCulture, out var fraction)
                    ? (new CellValue.Percent(fraction), null)
                    : (null, $"'{MarkupReader.Shorten(trimmed)}' is not a percent; write the fraction, e.g. 0.0786 for 7.86%");

            case CellTypeName.Integer:
                if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return (null, $"'{MarkupReader.Shorten(trimmed)}' is not a whole number");
                }

                return Math.Abs(integer) <= MaxExactInteger
                    ? (new CellValue.Integer(integer), null)
                    : (null, $"{trimmed} has more than 15 digits, which Excel cannot hold exactly; write it as text");

            case CellTypeName.Date:
                if (!DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return (null, $"'{MarkupReader.Shorten(trimmed)}' is not an ISO date (yyyy-MM-dd, e.g. 2008-05-23)");
                }

                return date >= FirstDate
                    ? (new CellValue.Date(date), null)
                    : (null, $"{trimmed} is before 1900-03-01, where Excel's date numbers are wrong");

            case CellTypeName.Boolean:
                return trimmed switch
                {
                    "true" => (new CellValue.Boolean(true), null),
                    "false" => (new CellValue.Boolean(false), null),
                    _ => (null, $"'{MarkupReader.Shorten(trimmed)}' is not a boolean (true or false)"),
                };

            case CellTypeName.Empty:
                return trimmed.Length == 0
                    ? (CellValue.Empty, null)
                    : (null, "a cell of type 'empty' cannot have content");

            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Not a value type.");
        }
    }

    /// <summary>The format a value of this type gets when the markup names none.</summary>
    public static string DefaultFormatName(string type) => type switch
    {
        CellTypeName.Integer => NumberFormat.Integer.Name,
        CellTypeName.Date => NumberFormat.Date.Name,
        CellTypeName.Percent => NumberFormat.Percent.Name,
        _ => NumberFormat.General.Name,
    };
}
