using Reporting.Cap;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Cap;

/// <summary>The GMACM 2006-HE3 cap's period dates, rolled by hand from the confirmation's conventions.</summary>
public class CapScheduleTests
{
    private static readonly CapInputs _inputs = CapInputs.Load(Repo.Deal("gmacm-2006-he3"));
    private static readonly IReadOnlyList<CapPeriodDates> _periods = CapSchedule.Periods(_inputs.Terms);

    [Fact]
    public void TwentyPeriodsFromEffectiveDateToAdjustedTerminationDate()
    {
        Assert.Equal(20, _periods.Count);
        Assert.Equal(D("2006-09-25"), _periods[0].AdjustedStart);
        // 25 May 2008 is a Sunday and 26 May Memorial Day: Following gives Tuesday 27 May.
        Assert.Equal(D("2008-05-27"), _periods[^1].AdjustedEnd);
        Assert.Equal(D("2008-05-25"), _periods[^1].PeriodEnd);
    }

    [Fact]
    public void FirstPeriod()
    {
        var p = _periods[0];
        Assert.Equal((D("2006-09-25"), D("2006-10-25")), (p.AdjustedStart, p.AdjustedEnd));
        Assert.Equal(30, p.Days);
        Assert.Equal(D("2006-10-24"), p.PaymentDate);  // one New York Business Day before Wed 25 Oct
        Assert.Equal(D("2006-09-21"), p.FixingDate);   // two London days before Mon 25 Sep: Fri 22 (1), Thu 21 (2)
    }

    [Fact]
    public void ThanksgivingRoll2006()
    {
        // 25 Nov 2006 is a Saturday -> Monday 27 Nov. Early Payment one business day before the
        // Monday is Friday 24 Nov, the day after Thanksgiving (Thursday 23 Nov is skipped only
        // if reached). Period 2 runs 25 Oct -> 27 Nov: 33 days.
        var p2 = _periods[1];
        Assert.Equal(D("2006-11-27"), p2.AdjustedEnd);
        Assert.Equal(D("2006-11-24"), p2.PaymentDate);
        Assert.Equal(33, p2.Days);
        // Period 3 resets on Monday 27 Nov; London is open on Thanksgiving, so two London days
        // before are Fri 24 (one) and Thu 23 (two).
        Assert.Equal(D("2006-11-23"), _periods[2].FixingDate);
    }

    [Fact]
    public void ThanksgivingRoll2007()
    {
        // 25 Nov 2007 is a Sunday -> Monday 26 Nov; payment Friday 23 Nov (Thanksgiving was Thu 22 Nov).
        var p14 = _periods[13];
        Assert.Equal(D("2007-11-26"), p14.AdjustedEnd);
        Assert.Equal(D("2007-11-23"), p14.PaymentDate);
        Assert.Equal(32, p14.Days); // 25 Oct -> 26 Nov
    }

    [Fact]
    public void ChristmasRoll2006()
    {
        // 25 Dec 2006 is a Monday holiday -> Tuesday 26 Dec. Payment: one business day before
        // Tuesday, skipping Christmas and the weekend -> Friday 22 Dec.
        var p3 = _periods[2];
        Assert.Equal(D("2006-12-26"), p3.AdjustedEnd);
        Assert.Equal(D("2006-12-22"), p3.PaymentDate);
        Assert.Equal(29, p3.Days); // 27 Nov -> 26 Dec
        // Period 4 resets Tuesday 26 Dec (Boxing Day in London): 25 Dec closed, weekend, then
        // Fri 22 (one), Thu 21 (two).
        Assert.Equal(D("2006-12-21"), _periods[3].FixingDate);
    }

    [Fact]
    public void ChristmasRoll2007()
    {
        // 25 Dec 2007 is a Tuesday holiday -> Wednesday 26 Dec; payment Monday 24 Dec.
        var p15 = _periods[14];
        Assert.Equal(D("2007-12-26"), p15.AdjustedEnd);
        Assert.Equal(D("2007-12-24"), p15.PaymentDate);
        // Period 16 resets Wed 26 Dec: London closed 25 Dec; Mon 24 (one), Fri 21 (two).
        Assert.Equal(D("2007-12-21"), _periods[15].FixingDate);
    }

    [Fact]
    public void MemorialDayRollAtTermination()
    {
        // The last period ends on the Termination Date 25 May 2008 (Sunday), rolled Following past
        // Memorial Day (Monday 26 May) to Tuesday 27 May; payment one business day before the
        // Tuesday skips Memorial Day and the weekend -> Friday 23 May. 25 Apr -> 27 May: 32 days.
        var p20 = _periods[19];
        Assert.Equal(D("2008-05-27"), p20.AdjustedEnd);
        Assert.Equal(D("2008-05-23"), p20.PaymentDate);
        Assert.Equal(32, p20.Days);
    }

    [Fact]
    public void MemorialDay2007FallsOnAPeriodsPaymentWindowWithoutRolling()
    {
        // 25 May 2007 is a Friday (Memorial Day was Monday 28 May): no roll; payment Thursday 24 May.
        var p8 = _periods[7];
        Assert.Equal(D("2007-05-25"), p8.AdjustedEnd);
        Assert.Equal(D("2007-05-24"), p8.PaymentDate);
        // Period 9 (25 May -> 25 Jun 2007) is 31 days.
        Assert.Equal(31, _periods[8].Days);
    }

    [Fact]
    public void EveryPeriodStartsWhereThePreviousEnded()
    {
        for (int i = 1; i < _periods.Count; i++)
        {
            Assert.Equal(_periods[i - 1].AdjustedEnd, _periods[i].AdjustedStart);
            Assert.Equal(_periods[i - 1].PeriodEnd, _periods[i].PeriodStart);
        }
    }
}
