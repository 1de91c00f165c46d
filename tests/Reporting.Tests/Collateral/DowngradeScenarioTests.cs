using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Ratings;
using Reporting.Tests.Ratings;

namespace Reporting.Tests.Collateral;

/// <summary>
/// The hypothetical downgrade deal (deals/gmacm-2006-he3-downgrade), loaded from its files and
/// checked at key dates against figures worked by hand from its CSVs and the contract.
/// </summary>
public class DowngradeScenarioTests
{
    private static readonly Lazy<DealTerms> _deal = new(() =>
        DealLoader.LoadTerms(Path.Combine(RatingsFixture.RepoRoot(), "deals", "gmacm-2006-he3-downgrade")));

    private static CollateralValuation Value(string date) =>
        CollateralEngine.Value(CollateralDataLoader.Load(_deal.Value), RatingsFixture.D(date));

    [Fact]
    public void The_deal_is_marked_hypothetical()
    {
        Assert.Equal("hypothetical", _deal.Value.Info.Scenario);
    }

    [Fact]
    public void Ratings_events_as_of_March_2008()
    {
        var report = RatingsEngine.Evaluate(RatingsDataLoader.Load(_deal.Value), RatingsFixture.D("2008-03-01"));
        Assert.Equal(
            new[] { ("I", "2007-05-22", RatingsEventStatus.Remedied), ("II", "2007-08-14", RatingsEventStatus.Cured), ("II", "2007-11-06", RatingsEventStatus.Breached) },
            report.Events.Select(e => (e.Event, Reporting.Formatting.InvariantFormat.Iso(e.Occurred), e.Status)));
        // Event II (b) of 14 Aug: no remedy by 28 Aug; demand 29 Aug; collateral already posted on 15 Jun under Event I.
        var second = report.Events[1];
        Assert.True(second.CollateralDemandRequired);
        Assert.Equal(RatingsFixture.D("2007-06-15"), second.CollateralPostedOn);
        Assert.Equal(RatingsFixture.D("2007-09-25"), second.EndedOn);
        // Event II (a) of 6 Nov: notice on 15 Nov, a day after the 14 Nov deadline (Veterans Day observed 12 Nov).
        var third = report.Events[2];
        Assert.Equal(RatingsFixture.D("2007-11-15"), third.BreachedOn);
        Assert.True(report.AdditionalTerminationEvent);
    }

    [Fact]
    public void Delivery_after_Moodys_cuts_to_A3_and_P_2()
    {
        // 2007-08-17: internal mark 133,143.03; buffer 3.25% x 277,867,052.54 = 9,030,679.21;
        // Credit Support Amount 9,163,822.24; posted cash 216,000.00 (delivered after 25 May).
        // 9,163,822.24 - 216,000.00 = 8,947,822.24 => rounded up 8,948,000.00.
        var v = Value("2007-08-17");
        Assert.Equal(9_163_822.24m, v.CreditSupportAmount);
        Assert.Equal(216_000.00m, v.PostedValue);
        Assert.Equal(8_948_000m, v.DeliveryAmount);
    }

    [Fact]
    public void Issuer_and_total_limits_on_4_January_2008()
    {
        // Cash 4,120,175.00. CP at 99%: Abbey 398,400 => 394,416.00; Barclays 248,950 => 246,460.50;
        // GE Capital 249,025 => 246,534.75; Toyota 248,425 => 245,940.75; all CP 1,133,352.00.
        // Issuer cap 33% => 374,006.16; Abbey over by 20,409.84; CP counted 1,112,942.16.
        // Total cap 20/80 x 4,120,175.00 = 1,030,043.75; over by 82,898.41.
        // Posted = 4,120,175.00 + 1,030,043.75 = 5,150,218.75.
        // Buffer: S&P BB+ => 4.50% x 112,444,904.90 (26 Dec 2007 - 25 Jan 2008) = 5,060,020.7205 => 5,060,020.72.
        // Exposure: greater of internal and the 14 Dec external bids (171,250.00 and 158,000.00) => 171,250.00.
        // Credit Support Amount 5,231,270.72; shortfall 81,051.97 is under the MTA: no Delivery.
        var v = Value("2008-01-04");
        Assert.Equal(new[] { (CollateralExclusion.IssuerLimit, 20_409.84m), (CollateralExclusion.TotalLimit, 82_898.41m) },
            v.Excluded.Select(x => (x.Rule, x.Amount)));
        Assert.Equal(5_150_218.75m, v.PostedValue);
        Assert.Equal(5_060_020.72m, v.VolatilityBuffer.Amount);
        Assert.Equal(171_250.00m, v.Exposure.Used);
        Assert.Equal(5_231_270.72m, v.CreditSupportAmount);
        Assert.Equal(0m, v.DeliveryAmount);
    }

    [Fact]
    public void Recovery_returns_the_collateral_rounded_down()
    {
        // 2008-02-15: Threshold infinite again; posted 4,009,800.00 of cash => Return 4,009,000.00.
        var v = Value("2008-02-15");
        Assert.True(v.Threshold.IsInfinite);
        Assert.Equal(0m, v.CreditSupportAmount);
        Assert.Equal(4_009_000m, v.ReturnAmount);
    }
}
