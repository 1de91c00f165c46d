using Reporting.Calendars;

namespace Reporting.Inputs;

/// <summary>Parsers for the convention names the terms file uses, in the shape <see cref="TermsNode.Required{T}"/> takes.</summary>
public static class TermsParsers
{
    public static (HolidayCalendar? Value, string? Expected) Calendar(string text) =>
        HolidayCalendars.TryParse(text, out var calendar)
            ? (calendar, null)
            : (null, $"a calendar ({HolidayCalendars.Expected})");

    public static (BusinessDayConvention? Value, string? Expected) Convention(string text) =>
        BusinessDayConvention.TryParse(text, out var convention)
            ? (convention, null)
            : (null, $"a business day convention ({string.Join(", ", BusinessDayConvention.All.Select(c => c.Name))})");

    public static (DayCount? Value, string? Expected) DayCount(string text) =>
        Calendars.DayCount.TryParse(text, out var dayCount)
            ? (dayCount, null)
            : (null, $"a day count ({string.Join(", ", Calendars.DayCount.All.Select(c => c.Name))})");
}
