using Reporting.Cap;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Cap;

/// <summary>
/// Cap payments worked by hand from the confirmation: Notional × days/360 ×
/// max(0, min(Rate, 9.89%) − Cap Strike), rounded to the cent, with a scenario fixings file
/// whose rates exceed the strikes and the ceiling.
/// </summary>
public sealed class CapEngineTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3");

    public CapEngineTests()
    {
        // Fixing dates from the schedule tests: period 1 fixes 21 Sep 2006, 2 on 23 Oct, 3 on
        // 23 Nov, 4 on 21 Dec, 5 on 23 Jan 2007 (left out: a missing fixing), 6 on 22 Feb,
        // 8 on 23 Apr, 20 on 23 Apr 2008.
        _deal.Write("fixings.csv", """
            index,fixing_date,rate_percent
            USD-LIBOR-BBA-1M,2006-09-21,8.50
            USD-LIBOR-BBA-1M,2006-10-23,10.25
            USD-LIBOR-BBA-1M,2006-11-23,7.87
            USD-LIBOR-BBA-1M,2006-12-21,6.00
            USD-LIBOR-BBA-1M,2007-02-22,9.89
            USD-LIBOR-BBA-1M,2007-04-23,8.37
            USD-LIBOR-BBA-1M,2008-04-23,12.00
            """);
    }

    private IReadOnlyList<CapPeriod> Evaluate(string asOf) => CapEngine.Evaluate(CapInputs.Load(_deal.Folder), D(asOf));

    [Fact]
    public void Period1_RateAboveStrikeBelowCeiling()
    {
        // 571,825,082.60 × 30/360 × (8.50% − 7.86%) = 571,825,082.60 × 0.0064 / 12
        // = 3,659,680.52864 / 12 = 304,973.3773... -> 304,973.38
        var p = Evaluate("2008-06-30")[0];
        Assert.Equal(8.50m, p.RatePercent);
        Assert.Equal(304_973.38m, p.Amount);
        Assert.Equal(CapPeriodStatus.Paid, p.Status);
    }

    [Fact]
    public void Period2_RateAboveTheCeilingIsCappedAt989()
    {
        // min(10.25%, 9.89%) − 7.60% = 2.29%. 551,856,988.76 × 2.29 = 1,263,752,504.2604;
        // × 33 days = 41,703,832,640.5932; / 36,000 = 1,158,439.7956 -> 1,158,439.80
        var p = Evaluate("2008-06-30")[1];
        Assert.Equal(9.89m, p.AppliedRatePercent);
        Assert.Equal(1_158_439.80m, p.Amount);
    }

    [Fact]
    public void Period3_RateEqualToStrikePaysZero()
    {
        var p = Evaluate("2008-06-30")[2];
        Assert.Equal(7.87m, p.StrikePercent);
        Assert.Equal(0.00m, p.Amount);
    }

    [Fact]
    public void Period4_RateBelowStrikePaysZero() => Assert.Equal(0.00m, Evaluate("2008-06-30")[3].Amount);

    [Fact]
    public void Period6_RateExactlyAtTheCeiling()
    {
        // (9.89% − 8.45%) = 1.44%. 447,760,976.87 × 1.44 = 644,775,806.6928; × 28 days
        // (26 Feb -> 26 Mar 2007) = 18,053,722,587.3984; / 36,000 = 501,492.2941 -> 501,492.29
        var p = Evaluate("2008-06-30")[5];
        Assert.Equal(28, p.Days);
        Assert.Equal(501_492.29m, p.Amount);
    }

    [Fact]
    public void Period8()
    {
        // (8.37% − 7.87%) = 0.50%. 383,773,173.83 × 0.50 = 191,886,586.915; × 30 = 5,756,597,607.45;
        // / 36,000 = 159,905.4891 -> 159,905.49
        Assert.Equal(159_905.49m, Evaluate("2008-06-30")[7].Amount);
    }

    [Fact]
    public void Period20_CeilingAndMemorialDayRoll()
    {
        // min(12%, 9.89%) − 7.87% = 2.02%. 2,110,519.01 × 2.02 = 4,263,248.4002; × 32 days
        // (25 Apr -> 27 May 2008) = 136,423,948.8064; / 36,000 = 3,789.5541 -> 3,789.55
        var p = Evaluate("2008-06-30")[19];
        Assert.Equal(32, p.Days);
        Assert.Equal(3_789.55m, p.Amount);
    }

    [Fact]
    public void MissingFixingIsAnExceptionNotZero()
    {
        var p = Evaluate("2008-06-30")[4];
        Assert.Equal(CapPeriodStatus.MissingFixing, p.Status);
        Assert.Null(p.Amount);
        Assert.Null(p.RatePercent);
    }

    [Fact]
    public void StatusFollowsTheAsOfDate()
    {
        // As of 23 Oct 2006: period 1 (payment 24 Oct) is due; period 2 fixes that day, so its
        // rate is known and it is due too; period 3 (fixing 23 Nov) is pending.
        var periods = Evaluate("2006-10-23");
        Assert.Equal(CapPeriodStatus.Due, periods[0].Status);
        Assert.Equal(CapPeriodStatus.Due, periods[1].Status);
        Assert.Equal(CapPeriodStatus.Pending, periods[2].Status);
        Assert.Null(periods[2].Amount);
        // The day after the payment date, period 1 is paid.
        Assert.Equal(CapPeriodStatus.Paid, Evaluate("2006-10-25")[0].Status);
        // A fixing file may hold later rates; they are not known before their fixing date.
        Assert.Equal(CapPeriodStatus.Pending, Evaluate("2007-04-22")[7].Status);
    }

    [Theory]
    [InlineData(1000.00, 36, 0.125, 0.13)]   // exact half cent: 1,000 × 36 × 0.125 / 36,000 = 0.125 -> half up
    [InlineData(1000.00, 36, 0.115, 0.12)]   // 0.115 -> 0.12 (banker's rounding would give 0.12 too)
    [InlineData(1000.00, 36, 0.105, 0.11)]   // 0.105 -> 0.11 (banker's rounding would give 0.10)
    public void RoundsHalfUpToTheCent(decimal notional, int days, decimal spread, decimal expected) =>
        Assert.Equal(expected, CapEngine.Amount(notional, days, 360, 5m + spread, 5m));

    [Fact]
    public void RealFixingsNeverReachTheStrikes()
    {
        // The published one-month LIBOR of 2006-2008 stayed below 5.8%; every strike is 7.60% or more.
        var periods = CapEngine.Evaluate(CapInputs.Load(Repo.Deal("gmacm-2006-he3")), D("2008-06-30"));
        Assert.All(periods, p => Assert.Equal(0.00m, p.Amount));
        Assert.Equal(5.33m, periods[0].RatePercent); // FRED USD1MTD156N on 21 Sep 2006
    }

    public void Dispose() => _deal.Dispose();
}
