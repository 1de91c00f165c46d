using NodaTime;
using Reporting.Deals;

namespace Reporting.Collateral;

/// <summary>
/// One Valuation Date under the Credit Support Annex, from the Threshold to the Delivery or
/// Return Amount and when it moves (DOMAIN.md §4). Amounts that depend on an unknown Exposure are null.
/// </summary>
/// <param name="PostedValue">Value of Posted Collateral after Valuation Percentages and concentration limits.</param>
/// <param name="Exceptions">Things the Valuation Agent must look at (verifier over-used, too few bids, no mark).</param>
public sealed record CollateralValuation(
    LocalDate ValuationDate,
    ThresholdResult Threshold,
    ExposureResult Exposure,
    VolatilityBufferResult VolatilityBuffer,
    decimal? ModifiedExposure,
    decimal? CreditSupportAmount,
    decimal IndependentAmount,
    decimal PostedValue,
    IReadOnlyList<HoldingValuation> Holdings,
    IReadOnlyList<CollateralExclusion> Excluded,
    decimal? DeliveryAmount,
    decimal? ReturnAmount,
    decimal MinimumTransferAmount,
    LocalDate NotificationDate,
    string NotificationTime,
    LocalDate TransferDue,
    IReadOnlyList<ValuationIssue> Exceptions,
    IReadOnlyList<Interpretation> Interpretations)
{
    /// <summary>
    /// One result per rating agency when the annex computes a Credit Support Amount per agency;
    /// empty otherwise. The single figures above are then those of <see cref="GoverningAgency"/>.
    /// </summary>
    public IReadOnlyList<AgencyCreditSupportResult> Agencies { get; init; } = [];

    /// <summary>The id of the agency whose amount sets the Delivery (greatest shortfall) and Return (least excess) Amounts; null when single or unknown.</summary>
    public string? GoverningAgency { get; init; }

    /// <summary>The value of the eligible holdings after Valuation Percentages, before the concentration limits.</summary>
    public decimal EligibleValue => Holdings.Where(h => h.Eligible).Sum(h => h.Value);

    /// <summary>What the concentration limits took off the eligible value.</summary>
    public decimal ExcludedByLimits => EligibleValue - PostedValue;

    /// <summary>How far the Value of Posted Collateral falls short of the Credit Support Amount (before rounding and the Minimum Transfer Amount); null when that amount is unknown.</summary>
    public decimal? Shortfall => CreditSupportAmount is decimal amount ? Math.Max(0m, amount - PostedValue) : null;

    /// <summary>How far the Value of Posted Collateral exceeds the Credit Support Amount (before rounding and the Minimum Transfer Amount); null when that amount is unknown.</summary>
    public decimal? Excess => CreditSupportAmount is decimal amount ? Math.Max(0m, PostedValue - amount) : null;
}
