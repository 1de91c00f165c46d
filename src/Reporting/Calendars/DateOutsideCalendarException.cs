using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// A business-day question about a date the calendars do not cover. Inputs are limited to years
/// well inside the calendars, so this is reached only by a date worked out from them (a long
/// offset from a date near the end of the range); the command reports it as bad input.
/// </summary>
public sealed class DateOutsideCalendarException(string calendar, LocalDate date)
    : ArgumentOutOfRangeException(nameof(date), date,
        $"the {calendar} business-day calendar covers {HolidayCalendar.FirstYear}-{HolidayCalendar.LastYear} only, but a date worked out from the inputs is {date:yyyy-MM-dd}; check the dates and day counts in deal.yaml")
{
    public LocalDate Date { get; } = date;
}
