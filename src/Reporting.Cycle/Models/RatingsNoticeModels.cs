using NodaTime;

namespace Reporting.Cycle.Models;

/// <summary>A rating that triggered an event: the clause, the rating seen and since when.</summary>
public sealed record TriggerModel(string Clause, string RatingSeen, LocalDate Since);


/// <summary>
/// The model of <c>documents/ratings-event-notice.sbn</c>: the cap provider tells the counterparty
/// and the agencies. <see cref="Remedies"/> are codes (<c>transfer</c>, ...) the template words.
/// </summary>
public sealed record RatingsEventNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    IReadOnlyList<string> CopiesTo,
    string Event,
    string EventName,
    string? EventDescription,
    LocalDate Occurred,
    IReadOnlyList<TriggerModel> Triggers,
    IReadOnlyList<CurrentRatingModel> Ratings,
    LocalDate NoticeDue,
    DaysRuleModel NoticeRule,
    LocalDate RemedyDue,
    DaysRuleModel RemedyRule,
    LocalDate? CollateralDemandDue,
    LocalDate? CollateralDeliveryDue,
    IReadOnlyList<string> Remedies,
    bool RemediesRestricted,
    bool NoticeLate,
    IReadOnlyList<InterpretationModel> Interpretations);

/// <summary>The model of <c>documents/collateral-demand.sbn</c> (Ratings Event II, no remedy in time).</summary>
public sealed record CollateralDemandModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    string Event,
    string EventName,
    LocalDate Occurred,
    LocalDate RemedyDue,
    LocalDate DeliveryDue,
    IReadOnlyList<TriggerModel> Triggers,
    IReadOnlyList<InterpretationModel> Interpretations);

/// <summary>The model of <c>documents/termination-event-notice.sbn</c>: a ratings deadline was missed.</summary>
public sealed record TerminationEventNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    string Event,
    string EventName,
    LocalDate Occurred,
    string MissedDeadline,
    LocalDate BreachedOn,
    string AffectedParty,
    IReadOnlyList<InterpretationModel> Interpretations);
