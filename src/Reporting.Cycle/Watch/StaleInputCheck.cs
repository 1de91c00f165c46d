using NodaTime;
using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Loans;

namespace Reporting.Cycle.Watch;

/// <summary>
/// Inputs older than the deal's terms lead one to expect on the watch date
/// (<see cref="WatchListTerms"/>): the loan tape a month behind, the Exposure mark of the last
/// Valuation Date. Only what is dated on or before the watch date counts.
/// </summary>
internal static class StaleInputCheck
{
    /// <summary>The latest tape should report the watch date's month less the allowed lag, or later (from that month's first day).</summary>
    public static StaleInput? LoanTape(OptionalPurchaseReport report, OptionalPurchaseTerms terms, WatchListTerms watch, LocalDate asOf)
    {
        var expected = new LocalDate(asOf.Year, asOf.Month, 1).PlusMonths(-watch.LoanTapeLagMonths);
        return report.LatestTapeDate is LocalDate latest && latest >= expected
            ? null
            : new StaleInput(StaleInput.LoanTape, terms.LoansFile, report.LatestTapeDate, expected);
    }

    /// <summary>
    /// While the Pledgor's Threshold is finite on the last Valuation Date on or before the watch
    /// date, the latest internal mark should be on that Valuation Date, or at most the allowed
    /// number of Valuation Dates before it.
    /// </summary>
    public static StaleInput? ExposureMark(CollateralData data, WatchListTerms watch, LocalDate asOf)
    {
        var calendar = data.Terms.LocalBusinessDays;
        var recent = ValuationSchedule.Between(asOf.PlusDays(-7 * (watch.MarkLagValuationDates + 2)), asOf, calendar);
        if (recent.Count == 0) return null;
        var last = recent[^1];
        if (last < data.EffectiveDate || last > data.TerminationDate) return null;
        if (CollateralEngine.Value(data, last).Threshold.IsInfinite) return null; // no collateral can be called: no mark is needed
        var expected = recent[Math.Max(0, recent.Count - 1 - watch.MarkLagValuationDates)];
        LocalDate? latest = data.Marks.Where(m => !m.IsExternal && m.ValuationDate <= asOf).Select(m => (LocalDate?)m.ValuationDate).Max();
        return latest is LocalDate l && l >= expected ? null
            : new StaleInput(StaleInput.ExposureMark, data.Terms.ExposuresFile, latest, expected);
    }
}
