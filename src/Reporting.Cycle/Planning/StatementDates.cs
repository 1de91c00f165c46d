using NodaTime;
using Reporting.Calendars;
using Reporting.Cap;

namespace Reporting.Cycle.Planning;

/// <summary>Dates the cycle gives documents the contracts do not date themselves.</summary>
internal static class StatementDates
{
    /// <summary>The last New York business day of the run's month.</summary>
    public static LocalDate LastBusinessDay(RunContext context) => LastBusinessDay(context.LastDay);

    /// <summary>The last New York business day on or before a month's last day.</summary>
    public static LocalDate LastBusinessDay(LocalDate lastDay) => HolidayCalendars.Usny.PreviousOrSame(lastDay);

    /// <summary>
    /// The trustee statement's date: under a cap, the month's Payment Date (the statement
    /// accompanies the payment); otherwise, or in a month without one, the last business day.
    /// </summary>
    public static LocalDate TrusteeStatement(CapTerms? cap, LocalDate firstDay, LocalDate lastDay) =>
        cap is null ? LastBusinessDay(lastDay)
        : CapSchedule.Periods(cap).FirstOrDefault(p => p.PaymentDate >= firstDay && p.PaymentDate <= lastDay)?.PaymentDate
          ?? LastBusinessDay(lastDay);
}
