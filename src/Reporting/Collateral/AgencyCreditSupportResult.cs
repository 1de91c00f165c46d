namespace Reporting.Collateral;

/// <summary>
/// One agency's Credit Support Amount on a Valuation Date, the Value of the Posted Collateral at
/// its Valuation Percentages, and the difference. Amounts that depend on an unknown Exposure
/// (or a missing DV01) are null.
/// </summary>
/// <param name="Applies">True when one of the agency's conditions holds (or it has none); otherwise the amount is zero.</param>
/// <param name="Holding">The conditions that hold.</param>
/// <param name="ExposurePart">The Exposure (not below zero) times the agency's percentage.</param>
/// <param name="NotionalAddOn">Notional Amount × the agency's percentage; null when it has none.</param>
/// <param name="Dv01AddOn">DV01 × the agency's multiplier; null when it has none or the DV01 is unknown.</param>
/// <param name="AddOn">What is added to the Exposure: the buffer plus the lesser of the notional and DV01 add-ons it has.</param>
/// <param name="ModifiedExposure">Exposure part plus add-on.</param>
/// <param name="CreditSupportAmount">Modified Exposure less the Threshold, not below zero; zero when it does not apply or the Threshold is infinite.</param>
/// <param name="PostedValue">Value of Posted Collateral at the agency's Valuation Percentages, after the concentration limits.</param>
/// <param name="Shortfall">Credit Support Amount less Posted Value (may be negative): the Delivery Amount is the greatest of these.</param>
public sealed record AgencyCreditSupportResult(
    string Id,
    string Name,
    bool Applies,
    IReadOnlyList<Ratings.TriggerClause> Holding,
    decimal? ExposurePart,
    decimal ExposurePercent,
    decimal? NotionalPercent,
    decimal? NotionalAddOn,
    decimal? Dv01,
    decimal? Dv01Multiplier,
    decimal? Dv01AddOn,
    VolatilityBufferResult? VolatilityBuffer,
    decimal? AddOn,
    decimal? ModifiedExposure,
    decimal? CreditSupportAmount,
    decimal PostedValue,
    IReadOnlyList<HoldingValuation> Holdings,
    IReadOnlyList<CollateralExclusion> Excluded)
{
    /// <summary>Credit Support Amount less Posted Value; positive: short, negative: in excess. Null when the amount is unknown.</summary>
    public decimal? Difference => CreditSupportAmount is decimal c ? c - PostedValue : null;
}
