using NodaTime;
using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>
/// Something on a Valuation Date the Valuation Agent must look at, as facts: documents word it in
/// their templates. Only the fields of its <see cref="Kind"/> are set.
/// </summary>
/// <param name="Date">For <see cref="ValuationIssueKind.NoInternalMark"/> the Valuation Date; for
/// <see cref="ValuationIssueKind.TooFewBids"/> the date of the external mark; for
/// <see cref="ValuationIssueKind.NoExternalMark"/> and <see cref="ValuationIssueKind.VerifierOverused"/> the Valuation Date.</param>
/// <param name="After">For <see cref="ValuationIssueKind.NoExternalMark"/>: an external mark must be dated after this day.</param>
/// <param name="Clauses">For <see cref="ValuationIssueKind.NoExternalMark"/>: the rating conditions that require external verification.</param>
/// <param name="Count">Bids given, or a verifier's uses.</param>
/// <param name="Limit">Bids required, or the most uses allowed.</param>
/// <param name="Months">For <see cref="ValuationIssueKind.VerifierOverused"/>: the months the uses are counted over.</param>
/// <param name="Provider">For <see cref="ValuationIssueKind.VerifierOverused"/>: the verifier.</param>
/// <param name="WeightedAverageLife">For <see cref="ValuationIssueKind.FactorBeyondTable"/>: true when the table is read by remaining weighted average life, false by original maturity.</param>
/// <param name="Agency">For <see cref="ValuationIssueKind.NoDv01"/>: the rating agency whose Credit Support Amount needs the DV01.</param>
public sealed record ValuationIssue(
    ValuationIssueKind Kind,
    LocalDate? Date = null,
    LocalDate? After = null,
    IReadOnlyList<TriggerClause>? Clauses = null,
    int? Count = null,
    int? Limit = null,
    int? Months = null,
    string? Provider = null,
    bool WeightedAverageLife = false,
    string? Agency = null);

/// <summary>What a <see cref="ValuationIssue"/> is about.</summary>
public enum ValuationIssueKind
{
    /// <summary>A Credit Support Amount adds a DV01 add-on and no DV01 was given for the Valuation Date: that amount is unknown.</summary>
    NoDv01,

    /// <summary>No internal mark for the Valuation Date: the Exposure is unknown.</summary>
    NoInternalMark,
    /// <summary>External verification is required and no external mark was given within the month.</summary>
    NoExternalMark,
    /// <summary>The external mark rests on fewer bids than required.</summary>
    TooFewBids,
    /// <summary>A verifier was used more often than the annex allows.</summary>
    VerifierOverused,
    /// <summary>The transaction's maturity is longer than every column of the Factor table.</summary>
    FactorBeyondTable,
}
