using NodaTime;

namespace Reporting.Ratings;

/// <summary>
/// One occurrence of a ratings event, from the day its condition first held to the day it
/// stopped, with each deadline and what was done about it.
/// </summary>
/// <param name="EndedOn">The first day the condition no longer held; null while continuing on the report date.</param>
/// <param name="Name">The event's full name (<see cref="RatingsEventTerms.Name"/>).</param>
/// <param name="NoticeDue">The last day for the provider's notice; null when the clause asks for none.</param>
/// <param name="NoticeGiven">True when notice was given on or before <paramref name="NoticeDue"/>.</param>
/// <param name="NoticeGivenOn">The date of the first notice after the occurrence, in time or late.</param>
/// <param name="RemediesAllowed">The remedies that cure this occurrence (narrowed for a restricted type).</param>
/// <param name="CollateralDemandDue">The date the beneficiary must demand Eligible Collateral if no remedy is in time; null for an event without that rule.</param>
/// <param name="CollateralDemandRequired">True when the remedy deadline passed without a remedy, so the demand is due.</param>
/// <param name="CollateralDeliveryDue">The last day for the collateral after the demand.</param>
/// <param name="CollateralPostedOn">The date of the collateral-agreement step that answers the demand, if any.</param>
/// <param name="Remedy">The remedy counted (an action kind), or null.</param>
/// <param name="RemedyTakenOn">When the remedy took effect (after the Rating Agency Condition, when the reading requires it).</param>
/// <param name="BreachedOn">The day after the missed deadline: the day the Additional Termination Event exists.</param>
public sealed record RatingsEventOccurrence(
    string Event,
    string Name,
    IReadOnlyList<TriggeredClause> Clauses,
    LocalDate Occurred,
    LocalDate? EndedOn,
    LocalDate? NoticeDue,
    bool NoticeGiven,
    LocalDate? NoticeGivenOn,
    LocalDate RemedyDue,
    IReadOnlyList<string> RemediesAllowed,
    LocalDate? CollateralDemandDue,
    bool CollateralDemandRequired,
    LocalDate? CollateralDeliveryDue,
    LocalDate? CollateralPostedOn,
    string? Remedy,
    LocalDate? RemedyTakenOn,
    RatingsEventStatus Status,
    LocalDate? BreachedOn,
    string? AffectedParty)
{
    public bool AdditionalTerminationEvent => Status == RatingsEventStatus.Breached;

    /// <summary>Each missed deadline as facts, earliest first; empty unless breached.</summary>
    public IReadOnlyList<RatingsBreach> Breaches { get; init; } = [];

    /// <summary>The labels of the clauses that made this an event of a restricted type (Ratings Event II's <c>a</c>); empty when none.</summary>
    public IReadOnlyList<string> RestrictedClauses { get; init; } = [];
}
