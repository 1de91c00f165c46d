using Reporting.Calendars;

namespace Reporting.Ratings;

/// <summary>
/// One ratings event of the downgrade provisions, as data: when it holds, and what the
/// provider must do by when once it occurs.
/// </summary>
/// <param name="Id">The contract's short name for it: <c>I</c>, <c>II</c>. Actions name events by it ("Ratings Event II").</param>
/// <param name="Name">
/// What the contract calls it in full, as documents print it: "Ratings Event II" by default,
/// "Moody's Second Trigger Ratings Event", "Fitch Ratings Event". Actions may name it so too.
/// </param>
/// <param name="Triggers">The event holds on a day when any clause holds.</param>
/// <param name="Notice">The deadline for the provider's notice, counted from the occurrence; null when the clause asks for no notice.</param>
/// <param name="Remedy">The deadline for a remedy, counted from the occurrence.</param>
/// <param name="Remedies">The steps that remedy the event (action kinds of <c>actions.csv</c>).</param>
/// <param name="CollateralDemand">
/// When set, a missed remedy deadline does not end the matter: the beneficiary demands Eligible
/// Collateral on this many business days after the remedy deadline.
/// </param>
/// <param name="CollateralDelivery">Deadline for the collateral after the demand date.</param>
/// <param name="Restrictions">Narrower remedies when a given clause triggered the event.</param>
public sealed record RatingsEventTerms(
    string Id,
    string Name,
    string? Description,
    IReadOnlyList<TriggerClause> Triggers,
    BusinessDayOffset? Notice,
    BusinessDayOffset Remedy,
    IReadOnlyList<string> Remedies,
    BusinessDayOffset? CollateralDemand,
    BusinessDayOffset? CollateralDelivery,
    IReadOnlyList<RemedyRestriction> Restrictions)
{
    /// <summary>The clauses that hold on the snapshot's day.</summary>
    public IReadOnlyList<TriggerClause> HoldingClauses(RatingsSnapshot snapshot, bool withdrawnTriggers) =>
        Triggers.Where(c => c.HoldsOn(snapshot, withdrawnTriggers)).ToArray();
}
