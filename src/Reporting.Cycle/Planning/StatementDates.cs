using NodaTime;
using Reporting.Calendars;

namespace Reporting.Cycle.Planning;

/// <summary>Dates the cycle gives documents the contracts do not date themselves.</summary>
internal static class StatementDates
{
    /// <summary>The last New York business day of the run's month.</summary>
    public static LocalDate LastBusinessDay(RunContext context) => HolidayCalendars.Usny.PreviousOrSame(context.LastDay);
}
