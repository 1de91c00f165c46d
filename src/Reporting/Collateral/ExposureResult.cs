using NodaTime;

namespace Reporting.Collateral;

/// <summary>The Exposure used on a Valuation Date, after the external-mark rule.</summary>
/// <param name="Internal">The Valuation Agent's mark; null when exposures.csv has none for the date.</param>
/// <param name="External">The higher of the external bids, while the rule applies and bids exist.</param>
/// <param name="ExternalDate">The valuation date of those bids (within the month up to the Valuation Date).</param>
/// <param name="Bids">The external marks the external mark is taken from.</param>
/// <param name="ExternalRuleApplies">True while the Pledgor's rating requires external verification.</param>
/// <param name="Used">The Exposure: the greater of internal and external while the rule applies, else internal; null when unknown.</param>
public sealed record ExposureResult(
    decimal? Internal,
    decimal? External,
    LocalDate? ExternalDate,
    IReadOnlyList<ExposureMark> Bids,
    bool ExternalRuleApplies,
    decimal? Used)
{
    /// <summary>Why, as facts: <c>unknown</c> (no internal mark), <c>internal-not-required</c>, <c>internal-unverified</c>
    /// (no external mark within the month), <c>external-higher</c> or <c>internal-not-below-external</c>.</summary>
    public string Kind { get; init; } = "";
}
