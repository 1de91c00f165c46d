using Reporting.Collateral;
using Reporting.Ratings;
using static Reporting.Tests.Collateral.CollateralFixture;
using History = Reporting.Tests.Ratings.RatingsFixture;

namespace Reporting.Tests.Collateral;

/// <summary>
/// S&amp;P volatility-buffer tables read against the transaction's remaining weighted average life,
/// as the S&amp;P sections of the 2006–2008 RMBS swap CSAs write them (for example the Barclays
/// Bank PLC CSA to the GreenPoint Mortgage Funding Trust 2006-OH1 swap, SEC 8-K exhibit 99.7,
/// whose S&amp;P Volatility Buffer columns are "Remaining Weighted Average Maturity" bands), not
/// against the original maturity. Worked by hand on an amortising 7-year transaction.
/// </summary>
public sealed class WeightedAverageLifeBufferTests
{
    // Effective 2005-01-01, Termination 2012-01-01: original maturity 7 years.
    // On the Valuation Date 2009-01-01 three annual periods remain, each of 365 days:
    //   2009: 30,000,000; 2010: 20,000,000; 2011: 10,000,000.
    // Remaining WAL = (30m x 1 + 20m x 1 + 10m x 1) / 30m = 2.0 years.
    private static readonly CalculationPeriod[] Periods =
    {
        new(D("2005-01-01"), D("2009-01-01"), D("2009-01-01"), 40_000_000m),
        new(D("2009-01-01"), D("2010-01-01"), D("2010-01-01"), 30_000_000m),
        new(D("2010-01-01"), D("2011-01-01"), D("2011-01-01"), 20_000_000m),
        new(D("2011-01-01"), D("2012-01-01"), D("2012-01-01"), 10_000_000m),
    };

    [Fact]
    public void Remaining_weighted_average_life_is_the_notional_weighted_time_still_to_run()
    {
        Assert.Equal(2.0m, CollateralEngine.RemainingWeightedAverageLife(Periods, D("2009-01-01"), 30_000_000m));
        // Half-way through 2009 (2009-07-02, 183 days left of 365): (30m x 183/365 + 20m + 10m) / 30m.
        var midYear = CollateralEngine.RemainingWeightedAverageLife(Periods, D("2009-07-02"), 30_000_000m);
        // = 183/365 + 1 = 1.5013698630...
        Assert.Equal(1.5013698630m, Math.Round(midYear, 10));
    }

    [Theory]
    // Columns up to 1, 3, 5, 10, 30 years; row "below Aa3": 1.50, 3.10, 4.20, 4.90, 6.00 percent.
    // Remaining WAL 2.0 years -> "up to 3" -> 3.10% x 30,000,000 = 930,000.00.
    [InlineData("remaining-weighted-average-life", 3, 3.10, 930_000.00)]
    // Original maturity 7 years -> "up to 10" -> 4.90% x 30,000,000 = 1,470,000.00.
    [InlineData("original-maturity", 10, 4.90, 1_470_000.00)]
    public void The_buffer_column_follows_the_maturity_basis(string basis, int column, double percent, double amount)
    {
        var moodysBelowAa3 = new TriggerClause(null, RatingScales.For(RatingAgency.Find("Moodys")!, RatingTerm.Long),
            TriggerComparison.Below, "Aa3", RatingScales.For(RatingAgency.Find("Moodys")!, RatingTerm.Long).RankOf("Aa3")!.Value, false);
        var buffer = new VolatilityBufferTerms(new[] { 1, 3, 5, 10, 30 },
            new[] { new FactorRow("below Aa3", new[] { moodysBelowAa3 }, new[] { 1.50m, 3.10m, 4.20m, 4.90m, 6.00m }) },
            basis == "original-maturity" ? MaturityBasis.OriginalMaturity : MaturityBasis.RemainingWeightedAverageLife);
        var data = Data(History.History("2008-06-02 Moodys long A1")) with
        {
            Terms = Terms with { VolatilityBuffer = buffer },
            EffectiveDate = D("2005-01-01"),
            TerminationDate = D("2012-01-01"),
            Periods = CalculationPeriodLookup.Of(Periods),
        };
        var v = CollateralEngine.Value(data, D("2009-01-01"));
        Assert.Equal(column, v.VolatilityBuffer.MaturityColumnYears);
        Assert.Equal((decimal)percent, v.VolatilityBuffer.FactorPercent);
        Assert.Equal(30_000_000m, v.VolatilityBuffer.Notional);
        Assert.Equal((decimal)amount, v.VolatilityBuffer.Amount);
    }
}
