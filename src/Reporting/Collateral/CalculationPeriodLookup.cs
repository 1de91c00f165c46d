using NodaTime;
using Reporting.Cap;
using Reporting.Inputs;

namespace Reporting.Collateral;

/// <summary>
/// The cap's Calculation Periods for the Volatility Buffer: Period End Dates fall on the day of
/// the month of the first one, each month to the Termination Date, adjusted by the period end
/// convention; the first period starts on the Effective Date. The Notional Amount is Schedule
/// I's for the line ending on the unadjusted Period End Date.
/// </summary>
/// <remarks>
/// The cap engine computes the same periods for payments; this small lookup keeps the
/// collateral engine independent of it.
/// </remarks>
public sealed class CalculationPeriodLookup
{
    private readonly IReadOnlyList<CalculationPeriod> periods;

    private CalculationPeriodLookup(IReadOnlyList<CalculationPeriod> periods) => this.periods = periods;

    public IReadOnlyList<CalculationPeriod> Periods => periods;

    /// <summary>Builds the periods; a Period End Date without a Schedule I line is an error of <c>schedule.csv</c>.</summary>
    public static CalculationPeriodLookup Build(CapTerms cap, IReadOnlyList<ScheduleLine> schedule, string scheduleName, InputErrors errors)
    {
        var periods = new List<CalculationPeriod>();
        var start = cap.EffectiveDate;
        for (int k = 0; ; k++)
        {
            var unadjustedEnd = cap.Floating.FirstPeriodEndDate.PlusMonths(k);
            if (unadjustedEnd > cap.TerminationDate) break;
            var end = cap.Floating.PeriodEndAdjustment.Adjust(unadjustedEnd);
            var line = schedule.FirstOrDefault(l => l.PeriodEnd == unadjustedEnd);
            if (line is null)
            {
                errors.Add(scheduleName, 0, 0, null, $"Schedule I has no line ending {ValueParsers.FormatDate(unadjustedEnd)} (a Period End Date of the cap)");
            }
            periods.Add(new CalculationPeriod(start, end, unadjustedEnd, line?.Notional ?? 0m));
            start = end;
        }
        return new CalculationPeriodLookup(periods);
    }

    /// <summary>The period containing the date (start inclusive, end exclusive), or null before the first and from the last end on.</summary>
    public CalculationPeriod? Containing(LocalDate date) =>
        periods.FirstOrDefault(p => p.AdjustedStart <= date && date < p.AdjustedEnd);
}
