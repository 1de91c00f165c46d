namespace Reporting.Collateral;

/// <summary>One posted holding on a Valuation Date: whether it is Eligible Collateral and its Value.</summary>
/// <param name="RemainingDays">Days from the Valuation Date to maturity; null for cash.</param>
/// <param name="Bucket">The maturity band that set the Valuation Percentage.</param>
/// <param name="Value">Market value × Valuation Percentage, to the cent; 0 when ineligible. Before concentration limits.</param>
public sealed record HoldingValuation(
    PostedHolding Holding,
    int? RemainingDays,
    bool Eligible,
    MaturityBucket? Bucket,
    decimal? ValuationPercent,
    decimal Value)
{
    /// <summary>Why the holding is not Eligible Collateral, as facts; null when it is.</summary>
    public ExclusionFacts? Why { get; init; }
}
