using NodaTime;

namespace Reporting.Cycle.Models;

/// <summary>A rating that triggered an event: the clause, the rating seen and since when.</summary>
public sealed record TriggerModel(string Clause, string RatingSeen, LocalDate Since);

/// <summary>A deadline as a notice states it: what must happen, by when, and the rule it comes from.</summary>
public sealed record NoticeDeadlineModel(string What, LocalDate Date, string Rule);

/// <summary>The model of <c>documents/ratings-event-notice.sbn</c>: the cap provider tells the counterparty and the agencies.</summary>
public sealed record RatingsEventNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    IReadOnlyList<string> CopiesTo,
    string Event,
    string? EventDescription,
    LocalDate Occurred,
    IReadOnlyList<TriggerModel> Triggers,
    IReadOnlyList<CurrentRatingModel> Ratings,
    IReadOnlyList<NoticeDeadlineModel> Deadlines,
    IReadOnlyList<string> Remedies,
    string? Restriction,
    bool NoticeLate,
    IReadOnlyList<InterpretationModel> Interpretations);

/// <summary>The model of <c>documents/collateral-demand.sbn</c> (Ratings Event II, no remedy in time).</summary>
public sealed record CollateralDemandModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    string Event,
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
    LocalDate Occurred,
    string MissedDeadline,
    LocalDate BreachedOn,
    string AffectedParty,
    IReadOnlyList<InterpretationModel> Interpretations);
