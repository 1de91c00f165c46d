using NodaTime;
using Reporting.Calendars;

namespace Reporting.Cycle.Watch;

/// <summary>Small date rules the watch list's parts share.</summary>
internal static class WatchDates
{
    /// <summary>The calendar's name, or null when it counts calendar days (every day a business day).</summary>
    public static string? NameOf(HolidayCalendar calendar) =>
        ReferenceEquals(calendar, HolidayCalendars.NoHolidays) ? null : calendar.Name;

    /// <summary>The calendar a day count was made on, or null for calendar days.</summary>
    public static string? NameOf(BusinessDayOffset? offset) => offset is { CountsBusinessDays: true } ? offset.Calendar.Name : null;

    /// <summary>
    /// A deadline with no record of whether it was kept: still open on or after the watch date
    /// (a step due on the watch date itself can still be taken that day), else passed.
    /// </summary>
    public static DeadlineState Unrecorded(LocalDate date, LocalDate asOf) => date >= asOf ? DeadlineState.Open : DeadlineState.Passed;

    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
