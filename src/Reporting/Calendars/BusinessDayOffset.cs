using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// "N business days after (or before) a date on calendar C": the one way a contract's day
/// counts are written, like Strata's <c>DaysAdjustment</c>. The sign of <see cref="Days"/> is
/// the direction (negative counts back), so a fixing two London days before a reset is
/// <c>-2 GBLO</c>. Days are counted strictly after (or before) the date, which need not itself
/// be a business day (DOMAIN.md §1); zero leaves the date unchanged.
/// </summary>
/// <remarks>
/// A count of calendar days is the same value on <see cref="HolidayCalendars.NoHolidays"/>,
/// on which every day is a business day; <see cref="CalendarDays"/> says so by name.
/// </remarks>
public sealed record BusinessDayOffset(int Days, HolidayCalendar Calendar)
{
    /// <summary>N calendar days: every day counts, weekends and holidays included.</summary>
    public static BusinessDayOffset CalendarDays(int days) => new(days, HolidayCalendars.NoHolidays);

    /// <summary>False for a count of calendar days.</summary>
    public bool CountsBusinessDays => !ReferenceEquals(Calendar, HolidayCalendars.NoHolidays);

    /// <summary>The date this offset from <paramref name="date"/>.</summary>
    public LocalDate From(LocalDate date) => Calendar.AddBusinessDays(date, Days);

    /// <summary>"5 business days (USNY)", "-2 business days (GBLO)", "30 calendar days".</summary>
    public override string ToString() =>
        CountsBusinessDays ? $"{Days} business days ({Calendar.Name})" : $"{Days} calendar days";
}
