using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Reporting.Formatting;

/// <summary>
/// The two plain value formats the engines' messages and the command line print: amounts as
/// <c>1,234,567.89</c> and dates as ISO <c>yyyy-mm-dd</c>. Invariant by construction, so no
/// machine's culture leaks into a result. Documents format through their templates instead.
/// </summary>
public static class InvariantFormat
{
    /// <summary>Two decimals with thousands separators: <c>571,825,082.60</c>. Not rounded away from zero: callers pass cents.</summary>
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary><c>2006-09-21</c>; the format <see cref="Inputs.ValueParsers.TryParseDate"/> reads.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
