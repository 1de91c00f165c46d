using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>
/// Paragraph 13(c)(v): while the Pledgor's rating is low, its internal mark is checked against
/// external bids, and the collateral follows the greater.
/// </summary>
/// <param name="RequiredWhenAny">The rating conditions under which external verification applies (S&amp;P long-term BBB or lower).</param>
/// <param name="MinimumBids">Bids the external mark is the higher of (two).</param>
/// <param name="ValidMonths">How long an external verification stands (monthly: 1).</param>
/// <param name="VerifierLimitTimes">How often one verifier may be used ...</param>
/// <param name="VerifierLimitMonths">... in any period of this many months (4 in 12).</param>
public sealed record ExternalMarkTerms(
    IReadOnlyList<TriggerClause> RequiredWhenAny,
    int MinimumBids,
    int ValidMonths,
    int VerifierLimitTimes,
    int VerifierLimitMonths);
