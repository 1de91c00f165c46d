using NodaTime;
using Reporting.Calendars;

namespace Reporting.Cycle.Planning;

/// <summary>Dates the cycle gives documents the contracts do not date themselves.</summary>
internal static class StatementDates
{
    /// <summary>The last New York business day of the run's month.</summary>
    public static LocalDate LastBusinessDay(RunContext context) => LastBusinessDay(context.LastDay);

    /// <summary>The last New York business day on or before a month's last day.</summary>
    public static LocalDate LastBusinessDay(LocalDate lastDay) => HolidayCalendars.Usny.PreviousOrSame(lastDay);

    /// <summary>
    /// The trustee statement's date, which is also the date its information is as of: the month's
    /// last New York business day. The statement covers the whole month (its Payment Date, every
    /// Valuation Date, the transfers), and is dated and known on the same day as the cap and
    /// collateral workbooks, so all three say the same of what is paid and what is due.
    /// </summary>
    public static LocalDate TrusteeStatement(LocalDate lastDay) => LastBusinessDay(lastDay);
}
