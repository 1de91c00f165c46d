using System.Globalization;
using Scriban.Runtime;

namespace Reporting.Templating;

/// <summary>
/// Formatting for templates, always in US conventions whatever the machine's culture:
/// <c>{{ x | money }}</c> 1,234,567.89 · <c>{{ x | money "USD" }}</c> USD 1,234.00 ·
/// <c>{{ r | percent }}</c> 7.86% (from 0.0786) · <c>{{ r | percent_exact 2 }}</c> 7.8625% (from 0.078625) · <c>{{ d | date }}</c> 25 September 2006 ·
/// <c>{{ d | date_iso }}</c> 2006-09-25 · <c>{{ n | number 0 }}</c> 1,235 · <c>{{ m | raw }}</c> unescaped markup.
/// </summary>
public static class FormatFunctions
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    /// <summary>Two decimals with thousands separators, optionally after a currency code.</summary>
    public static string Money(object value, string? currency = null)
    {
        var amount = ToDecimal(value, nameof(Money));
        var text = Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", Us);
        return string.IsNullOrEmpty(currency) ? text : currency + " " + text;
    }

    /// <summary>A number with thousands separators and <paramref name="decimals"/> places.</summary>
    public static string Number(object value, int decimals = 0)
    {
        var number = ToDecimal(value, nameof(Number));
        return Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(Us), Us);
    }

    /// <summary>A fraction as a percentage: 0.0786 gives 7.86%.</summary>
    public static string Percent(object value, int decimals = 2)
    {
        var fraction = ToDecimal(value, nameof(Percent));
        return Math.Round(fraction * 100, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(Us), Us) + "%";
    }

    /// <summary>
    /// A fraction as a percentage with every decimal it carries and at least
    /// <paramref name="minimumDecimals"/>: 0.0786 gives 7.86%, 0.078625 gives 7.8625%. For
    /// contract figures (strikes) that must print as agreed, never rounded.
    /// </summary>
    public static string PercentExact(object value, int minimumDecimals = 2)
    {
        var percent = ToDecimal(value, nameof(PercentExact)) * 100;
        // Dividing by 1.000... drops trailing zeros, leaving the decimals the figure really has.
        var significant = (percent / 1.0000000000000000000000000000m).Scale;
        return percent.ToString("N" + Math.Max(minimumDecimals, significant).ToString(Us), Us) + "%";
    }

    /// <summary>A date in words, day first: 25 September 2006.</summary>
    public static string Date(object value) => ToDate(value).ToString("d MMMM yyyy", Us);

    /// <summary>An ISO 8601 date: 2006-09-25.</summary>
    public static string DateIso(object value) => ToDate(value).ToString("yyyy-MM-dd", Us);

    /// <summary>Writes a string as markup, unescaped: only for text the template itself built.</summary>
    public static object Raw(object value) =>
        value as RawMarkup ?? new RawMarkup(Convert.ToString(value, Us) ?? "");

    private static decimal ToDecimal(object value, string function) => value switch
    {
        decimal d => d,
        int or long or short or byte => Convert.ToDecimal(value, Us),
        double or float => Convert.ToDecimal(value, Us),
        string s when decimal.TryParse(s, NumberStyles.Number | NumberStyles.AllowExponent, Us, out var parsed) => parsed,
        _ => throw new ArgumentException($"{StandardMemberRenamer.Rename(function)} expects a number, not '{value}'"),
    };

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        string s when DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", Us, DateTimeStyles.None, out var parsed) => parsed,
        _ => throw new ArgumentException($"date expects an ISO date (yyyy-MM-dd), not '{value}'"),
    };
}
