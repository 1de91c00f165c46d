using Reporting.Calendars;

namespace Reporting.Inputs;

/// <summary>
/// Reads a calendar key of the terms file written either as one name or union
/// (<c>USNY+US-MD</c>) or as a list of them (<c>[USNY, US-MD, US-MA]</c>): a day is a business
/// day only when it is one in every calendar named.
/// </summary>
public static class CalendarTerms
{
    /// <param name="catalog">The calendars the deal may name, its own definitions included.</param>
    public static HolidayCalendar Required(TermsNode node, string key, HolidayCalendar fallback, CalendarCatalog? catalog = null)
    {
        catalog ??= CalendarCatalog.Standard;
        if (!node.Has(key)) return node.Required(key, TermsParsers.Calendar, fallback);
        var names = node.StringList(key);
        if (names.Count == 0) return node.Required(key, TermsParsers.Calendar, fallback);
        var joined = string.Join('+', names);
        if (catalog.TryParse(joined, out var calendar)) return calendar;
        var unknown = names.SelectMany(n => n.Split('+', StringSplitOptions.TrimEntries)).Where(n => !catalog.TryParse(n, out _));
        node.Error(key, $"'{string.Join("', '", unknown)}' is not a calendar (expected {catalog.Expected}, or a list of them)");
        return fallback;
    }
}
