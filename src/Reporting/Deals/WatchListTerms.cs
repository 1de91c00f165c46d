using Reporting.Calendars;

namespace Reporting.Deals;

/// <summary>
/// How the desk's watch list treats a deal (the <c>watch_list:</c> section of the terms file): the
/// business days its look-ahead window counts, and how old an input may be before it is stale.
/// Each has a default, so a deal without the section is watched the same way as any other.
/// </summary>
/// <param name="Calendar">
/// The business days the window counts; null to take the deal's own: the Credit Support Annex's
/// Local Business Days, else the ratings provisions', else the cap's Payment Date calendar, else the
/// optional purchase's Business Days, else New York.
/// </param>
/// <param name="LoanTapeLagMonths">
/// The latest loan tape on or before the watch date should report a month at most this many months
/// before the watch date's month: with the default 1, on any day of August the July tape is expected.
/// </param>
/// <param name="MarkLagValuationDates">
/// The latest internal Exposure mark should be on the last Valuation Date on or before the watch
/// date, or at most this many Valuation Dates before it (default 0: the last one itself). Marks are
/// expected only while the Pledgor's Threshold is finite, when collateral can be called.
/// </param>
public sealed record WatchListTerms(HolidayCalendar? Calendar, int LoanTapeLagMonths, int MarkLagValuationDates)
{
    public const int DefaultLoanTapeLagMonths = 1;
    public const int DefaultMarkLagValuationDates = 0;

    public static WatchListTerms Default { get; } = new(null, DefaultLoanTapeLagMonths, DefaultMarkLagValuationDates);
}
