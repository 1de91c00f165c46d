using Reporting.Collateral;
using static Reporting.Tests.Collateral.CollateralFixture;

namespace Reporting.Tests.Collateral;

/// <summary>Valuation Percentages by remaining maturity and eligibility (Paragraph 13(b)(ii)).</summary>
public class EligibleCollateralTests
{
    private static HoldingValuation Value(string type, string issuer, string? maturity, decimal marketValue) =>
        CollateralEngine.ValueHolding(Terms, Holding("2007-06-01", type, "X1", issuer, maturity, marketValue), D("2007-06-01"));

    [Theory]
    // Valuation Date 2007-06-01. "one year or less": maturity 2008-06-01 is exactly one year => 98%.
    [InlineData("ust", "2008-06-01", 98, 980000.00)]
    // one day more is "more than one year but less than ten" => 86%.
    [InlineData("ust", "2008-06-02", 86, 860000.00)]
    // 2017-05-31 is a day short of ten years => still 86%.
    [InlineData("ust", "2017-05-31", 86, 860000.00)]
    // 2017-06-01 is exactly ten years: "ten years or more" => 79.2%.
    [InlineData("ust", "2017-06-01", 79.2, 792000.00)]
    [InlineData("agency", "2008-06-01", 97.6, 976000.00)]
    [InlineData("agency", "2008-06-02", 85.1, 851000.00)]
    [InlineData("agency", "2017-06-01", 74.8, 748000.00)]
    public void Valuation_percentage_follows_the_remaining_maturity(string type, string maturity, decimal percent, decimal value)
    {
        var h = Value(type, "US Treasury", maturity, 1_000_000m);
        Assert.True(h.Eligible);
        Assert.Equal(percent, h.ValuationPercent);
        Assert.Equal(value, h.Value);
    }

    [Fact]
    public void Commercial_paper_of_30_days_is_eligible_at_99_percent_and_of_31_days_is_not()
    {
        // 2007-06-01 + 30 days = 2007-07-01; 250,000.00 x 99% = 247,500.00.
        var at30 = Value("cp", "Acme Funding", "2007-07-01", 250_000m);
        Assert.True(at30.Eligible);
        Assert.Equal(247_500.00m, at30.Value);
        Assert.Equal(30, at30.RemainingDays);

        var at31 = Value("cp", "Acme Funding", "2007-07-02", 250_000m);
        Assert.False(at31.Eligible);
        Assert.Equal(0m, at31.Value);
        Assert.Equal(("beyond-longest-band", 31, 30), (at31.Why!.Kind, at31.Why.RemainingDays!.Value, at31.Why.LongestBand!.AtMostDays!.Value));
    }

    [Fact]
    public void Commercial_paper_of_the_pledgor_is_not_eligible()
    {
        var h = Value("cp", "JPMorgan Chase Bank", "2007-06-15", 100_000m);
        Assert.False(h.Eligible);
        Assert.Equal("excluded-issuer", h.Why!.Kind);
    }

    [Fact]
    public void Cash_is_valued_at_100_percent_and_Value_is_rounded_to_the_cent()
    {
        Assert.Equal(1234.56m, Value("cash", "", null, 1234.56m).Value);
        // 1,000.005 x 98% = 980.0049 => 980.00; 1,000.01 x 98% = 980.0098 => 980.01.
        Assert.Equal(980.01m, Value("ust", "US Treasury", "2007-12-01", 1000.01m).Value);
    }

    [Fact]
    public void Matured_paper_is_not_eligible()
    {
        var h = Value("ust", "US Treasury", "2007-06-01", 100m);
        Assert.Equal(("matured", D("2007-06-01")), (h.Why!.Kind, h.Why.MaturityDate!.Value));
    }
}
