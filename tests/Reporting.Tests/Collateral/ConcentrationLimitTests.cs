using Reporting.Collateral;
using static Reporting.Tests.Collateral.CollateralFixture;

namespace Reporting.Tests.Collateral;

/// <summary>Paragraph 13(b)(ii)(e),(f): 33% per issuer of all commercial paper, then 20% of the total.</summary>
public class ConcentrationLimitTests
{
    private static (decimal Posted, List<CollateralExclusion> Excluded) Apply(params PostedHolding[] holdings)
    {
        var valued = holdings.Select(h => CollateralEngine.ValueHolding(Terms, h, D("2007-06-01"))).ToArray();
        var excluded = new List<CollateralExclusion>();
        return (CollateralEngine.ApplyLimits(Terms, valued, excluded), excluded);
    }

    [Fact]
    public void Issuer_limit_then_total_limit()
    {
        // Cash 10,000,000.00 (Value 10,000,000.00).
        // CP (99%): Acme 1,000,000 => 990,000.00; Beta 500,000 => 495,000.00; Gamma 500,000 => 495,000.00.
        // All CP Value = 1,980,000.00; 33% of it = 653,400.00. Acme 990,000.00 - 653,400.00 = 336,600.00 excluded.
        // CP counted = 653,400 + 495,000 + 495,000 = 1,643,400.00.
        // Total limit: CP <= 20/80 x 10,000,000.00 = 2,500,000.00: not reached.
        // Posted Value = 10,000,000.00 + 1,643,400.00 = 11,643,400.00.
        var (posted, excluded) = Apply(
            Holding("2007-06-01", "cash", "", "", null, 10_000_000m),
            Holding("2007-06-01", "cp", "CP-A", "Acme Funding", "2007-06-20", 1_000_000m),
            Holding("2007-06-01", "cp", "CP-B", "Beta Capital", "2007-06-20", 500_000m),
            Holding("2007-06-01", "cp", "CP-G", "Gamma Corp", "2007-06-20", 500_000m));
        Assert.Equal(11_643_400.00m, posted);
        var x = Assert.Single(excluded);
        Assert.Equal(CollateralExclusion.IssuerLimit, x.Rule);
        Assert.Equal("Acme Funding", x.Issuer);
        Assert.Equal(336_600.00m, x.Amount);
    }

    [Fact]
    public void Total_limit_caps_commercial_paper_at_a_quarter_of_the_other_collateral()
    {
        // Cash 1,000,000.00. CP: four issuers of 100,000 each => 99,000.00 each, 396,000.00 in all.
        // Issuer cap 33% x 396,000.00 = 130,680.00: no issuer is over it.
        // Total cap: 20/80 x 1,000,000.00 = 250,000.00 (then CP is 250,000 / 1,250,000 = 20%).
        // Excluded 396,000.00 - 250,000.00 = 146,000.00; posted = 1,250,000.00.
        var (posted, excluded) = Apply(
            Holding("2007-06-01", "cash", "", "", null, 1_000_000m),
            Holding("2007-06-01", "cp", "C1", "One", "2007-06-20", 100_000m),
            Holding("2007-06-01", "cp", "C2", "Two", "2007-06-20", 100_000m),
            Holding("2007-06-01", "cp", "C3", "Three", "2007-06-20", 100_000m),
            Holding("2007-06-01", "cp", "C4", "Four", "2007-06-20", 100_000m));
        Assert.Equal(1_250_000.00m, posted);
        var x = Assert.Single(excluded);
        Assert.Equal(CollateralExclusion.TotalLimit, x.Rule);
        Assert.Equal(146_000.00m, x.Amount);
    }
}
