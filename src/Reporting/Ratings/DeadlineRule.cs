using NodaTime;
using Reporting.Calendars;

namespace Reporting.Ratings;

/// <summary>
/// "Within N Local Business Days of" or "within N calendar days": a deadline counted from a
/// date. Business days are counted strictly after the date (DOMAIN.md §1), so the date itself
/// need not be a business day.
/// </summary>
/// <param name="BusinessDays">True to count business days of <paramref name="Calendar"/>; false for calendar days.</param>
public sealed record DeadlineRule(int Days, bool BusinessDays, HolidayCalendar Calendar)
{
    public LocalDate From(LocalDate date) =>
        BusinessDays ? Calendar.AddBusinessDays(date, Days) : date.PlusDays(Days);

    /// <summary>"5 Local Business Days (USNY)", "30 calendar days".</summary>
    public string Describe() => BusinessDays ? $"{Days} business days ({Calendar.Name})" : $"{Days} calendar days";

    public override string ToString() => Describe();
}
