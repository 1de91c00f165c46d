using System.Globalization;
using Scriban.Runtime;

namespace Reporting.Templating;

/// <summary>
/// Formatting for templates, always in US conventions whatever the machine's culture:
/// <c>{{ x | money }}</c> 1,234,567.89 · <c>{{ x | money "USD" }}</c> USD 1,234.00 ·
/// <c>{{ r | percent }}</c> 7.86% (from 0.0786) · <c>{{ p | percent_figure }}</c> 8.54812% (from 8.54812) ·
/// <c>{{ d | date }}</c> September 25, 2006 · <c>{{ d | month_year }}</c> September 2006 ·
/// <c>{{ d | date_iso }}</c> 2006-09-25 · <c>{{ n | number 0 }}</c> 1,235 · <c>{{ m | raw }}</c> unescaped markup.
/// </summary>
public static class FormatFunctions
{
    private static readonly CultureInfo _us = CultureInfo.InvariantCulture;

    /// <summary>Two decimals with thousands separators, optionally after a currency code.</summary>
    public static string Money(object value, string? currency = null)
    {
        var amount = ToDecimal(value, nameof(Money));
        var text = Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", _us);
        return string.IsNullOrEmpty(currency) ? text : currency + " " + text;
    }

    /// <summary>A number with thousands separators and <paramref name="decimals"/> places.</summary>
    public static string Number(object value, int decimals = 0)
    {
        var number = ToDecimal(value, nameof(Number));
        return Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(_us), _us);
    }

    /// <summary>A fraction as a percentage: 0.0786 gives 7.86%.</summary>
    public static string Percent(object value, int decimals = 2)
    {
        var fraction = ToDecimal(value, nameof(Percent));
        return Math.Round(fraction * 100, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(_us), _us) + "%";
    }

    /// <summary>
    /// A figure already in percent, at the precision it was given and at least <paramref name="minDecimals"/>
    /// places: 8.54812 gives 8.54812% (never rounded to 8.55%), 7.60 gives 7.60%, 5.33000 gives 5.33000%.
    /// Contract terms and published rates print exactly as stated.
    /// </summary>
    public static string PercentFigure(object value, int minDecimals = 0)
    {
        var figure = ToDecimal(value, nameof(PercentFigure));
        var decimals = Math.Max(figure.Scale, Math.Max(0, minDecimals));
        return figure.ToString("N" + decimals.ToString(_us), _us) + "%";
    }

    /// <summary>The places a figure was given with (5.33000 gives 5), to print a figure derived from it alike.</summary>
    public static int Decimals(object value) => ToDecimal(value, nameof(Decimals)).Scale;

    /// <summary>A date in words, the US way, the one style for prose: August 24, 2007.</summary>
    /// <remarks>A no-break space joins month and day, so a line never ends on "October" with "1, 2006" below.</remarks>
    public static string Date(object value) => ToDate(value).ToString("MMMM\u00A0d, yyyy", _us);

    /// <summary>The month a date falls in, in words: August 2007 (a monthly document's title).</summary>
    public static string MonthYear(object value) => ToDate(value).ToString("MMMM yyyy", _us);

    /// <summary>An ISO 8601 date: 2006-09-25.</summary>
    public static string DateIso(object value) => ToDate(value).ToString("yyyy-MM-dd", _us);

    /// <summary>Writes a string as markup, unescaped: only for text the template itself built.</summary>
    public static object Raw(object value) =>
        value as RawMarkup ?? new RawMarkup(Convert.ToString(value, _us) ?? "");

    private static decimal ToDecimal(object value, string function) => value switch
    {
        decimal d => d,
        int or long or short or byte => Convert.ToDecimal(value, _us),
        double or float => Convert.ToDecimal(value, _us),
        string s when decimal.TryParse(s, NumberStyles.Number | NumberStyles.AllowExponent, _us, out var parsed) => parsed,
        _ => throw new ArgumentException($"{StandardMemberRenamer.Rename(function)} expects a number, not '{value}'"),
    };

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        string s when DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, "yyyy-MM-dd", _us, DateTimeStyles.None, out var parsed) => parsed,
        _ => throw new ArgumentException($"date expects an ISO date (yyyy-MM-dd), not '{value}'"),
    };
}
