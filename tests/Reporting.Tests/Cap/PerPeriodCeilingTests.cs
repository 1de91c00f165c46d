using Reporting.Cap;
using Reporting.Tests.Support;
using static Reporting.Tests.Support.Dates;

namespace Reporting.Tests.Cap;

/// <summary>
/// A Ceiling Rate for each Calculation Period, as in The Bank of New York's rate cap confirmation of
/// 21 February 2007 (SEC filer CIK 1387873, Exhibit 99.5; deals/bny-2007-corridor): "Ceiling Rate:
/// for each Calculation Period, as set forth for such period on Schedule I", the Floating Rate Option
/// "deemed equal to the Ceiling Rate" when greater. Periods end on the 19th, Following (New York);
/// Early Payment one Business Day before; Actual/360; fixed two London Banking Days before each
/// Reset Date. The sample's Schedule I figures are invented; the LIBOR fixings are the real ones.
/// </summary>
public class PerPeriodCeilingTests
{
    private static readonly CapInputs Inputs = CapInputs.Load(Repo.Deal("bny-2007-corridor"));
    private static readonly IReadOnlyList<CapPeriod> Periods = CapEngine.Evaluate(Inputs, D("2008-06-30"));

    [Fact]
    public void FiftyNinePeriodsEachWithItsOwnCeiling()
    {
        Assert.Equal(59, Periods.Count);
        Assert.Equal(5.40m, Periods[0].CeilingPercent);
        Assert.Equal(5.60m, Periods[6].CeilingPercent);
        Assert.Equal(9.25m, Periods[^1].CeilingPercent);
    }

    [Fact]
    public void Period6FixedAboveItsCeilingPaysOnTheCeiling()
    {
        // 19 August 2007 is a Sunday: the period starts Monday 20 August; 19 September is a
        // Wednesday. 30 days. Reset Monday 20 August; two London days before: Fri 17 (one),
        // Thu 16 August (two), when one-month LIBOR was 5.53750%, above the 5.40% ceiling.
        // Notional 150,000,000 x 0.985^5 = 139,082,475.35 (Schedule I line 7).
        // 139,082,475.35 x 30/360 x (5.40 - 5.10)% = 34,770.6188 -> 34,770.62.
        var p = Periods[5];
        Assert.Equal((D("2007-08-20"), D("2007-09-19"), 30), (p.AdjustedStart, p.AdjustedEnd, p.Days));
        Assert.Equal(D("2007-08-16"), p.FixingDate);
        Assert.Equal(D("2007-09-18"), p.PaymentDate);
        Assert.Equal(5.53750m, p.RatePercent);
        Assert.Equal(5.40m, p.AppliedRatePercent);
        Assert.Equal(34770.62m, p.Amount);
        // Read without its ceiling the period would pay 139,082,475.35 x 30/360 x 0.4375% = 50,707.15.
        Assert.Equal(50707.15m, CapEngine.Amount(p.Notional, p.Days, 360, p.RatePercent!.Value, p.StrikePercent));
    }

    [Fact]
    public void PeriodsFixedBelowTheirCeilingPayOnTheFixing()
    {
        // Period 1: 19 March to 19 April 2007, 31 days, fixed Thu 15 March at 5.32%:
        // 150,000,000 x 31/360 x 0.22% = 28,416.666... -> 28,416.67.
        Assert.Equal(28416.67m, Periods[0].Amount);
        // Period 7: 19 September to 19 October 2007, 30 days, fixed Mon 17 September at 5.50250%,
        // under its 5.60% ceiling: 136,996,238.22 x 30/360 x 0.40250% = 45,950.8216 -> 45,950.82.
        Assert.Equal(D("2007-09-17"), Periods[6].FixingDate);
        Assert.Equal(5.50250m, Periods[6].AppliedRatePercent);
        Assert.Equal(45950.82m, Periods[6].Amount);
    }

    [Fact]
    public void LaterPeriodsWithoutAPublishedFixingAreExceptionsNotZero()
    {
        // The sample's fixings end in June 2008: period 17 resets 21 July 2008.
        Assert.Equal(CapPeriodStatus.Pending, Periods[16].Status);
        var later = CapEngine.Evaluate(Inputs, D("2012-02-21"));
        Assert.Equal(CapPeriodStatus.MissingFixing, later[16].Status);
        Assert.Null(later[16].Amount);
    }
}
