using NodaTime;
using Reporting.Cap;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Formatting;

namespace Reporting.Collateral;

/// <summary>
/// The cap's Calculation Periods for the Volatility Buffer, with the Notional Amount of each:
/// the periods are the cap schedule's own (<see cref="CapSchedule"/>), so payments and
/// collateral can never disagree on where a period starts or ends; the Notional Amount is
/// Schedule I's for the line ending on the unadjusted Period End Date.
/// </summary>
public sealed class CalculationPeriodLookup
{
    private readonly IReadOnlyList<CalculationPeriod> periods;

    private CalculationPeriodLookup(IReadOnlyList<CalculationPeriod> periods) => this.periods = periods;

    public IReadOnlyList<CalculationPeriod> Periods => periods;

    /// <summary>Builds the periods; a Period End Date without a Schedule I line is an error of <c>schedule.csv</c>.</summary>
    public static CalculationPeriodLookup Build(CapTerms cap, IReadOnlyList<ScheduleLine> schedule, string scheduleName, InputErrors errors)
    {
        var periods = new List<CalculationPeriod>();
        foreach (var period in CapSchedule.Periods(cap))
        {
            var line = schedule.FirstOrDefault(l => l.PeriodEnd == period.PeriodEnd);
            if (line is null)
            {
                errors.Add(scheduleName, 0, 0, null, $"Schedule I has no line ending {InvariantFormat.Iso(period.PeriodEnd)} (a Period End Date of the cap)");
            }
            periods.Add(new CalculationPeriod(period.AdjustedStart, period.AdjustedEnd, period.PeriodEnd, line?.Notional ?? 0m));
        }
        return new CalculationPeriodLookup(periods);
    }

    /// <summary>Periods already built (a hand-made schedule).</summary>
    internal static CalculationPeriodLookup Of(IReadOnlyList<CalculationPeriod> periods) => new(periods);

    /// <summary>The period containing the date (start inclusive, end exclusive), or null before the first and from the last end on.</summary>
    public CalculationPeriod? Containing(LocalDate date) =>
        periods.FirstOrDefault(p => p.AdjustedStart <= date && date < p.AdjustedEnd);
}
