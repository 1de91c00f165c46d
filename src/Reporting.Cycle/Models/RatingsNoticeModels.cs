using NodaTime;
using Reporting.Ratings;

namespace Reporting.Cycle.Models;

/// <summary>
/// A trigger clause that held, as facts the templates word (<c>documents/_trigger.sbn</c>): the
/// clause (its label, agency, term, comparison, level, negative-watch condition) and the rating
/// seen (agency, term, grade, watch) since when.
/// </summary>
/// <param name="Comparison"><c>below</c> or <c>at-or-below</c>.</param>
/// <param name="Watch">The watch status of the rating seen: <c>none</c>, <c>negative</c>, ...</param>
public sealed record TriggerModel(
    string? Label,
    string Agency,
    string Term,
    string Comparison,
    string Level,
    bool OnWatchNegative,
    string Rating,
    string Watch,
    LocalDate Since)
{
    /// <summary>For a conditional clause: the term (<c>short</c>, <c>long</c>) the agency must have no rating for; null otherwise.</summary>
    public string? IfNoRatingFor { get; init; }

    public static TriggerModel From(TriggeredClause c)
    {
        var clause = c.Clause;
        var seen = c.Seen;
        return new TriggerModel(clause.Label, clause.Scale.Agency.DisplayName, clause.Scale.Term.Code(),
            clause.Comparison == TriggerComparison.Below ? "below" : "at-or-below", clause.Level, clause.OnWatchNegative,
            seen?.Symbol ?? "", seen?.Watch.Code() ?? "none", c.FirstHeld)
        {
            IfNoRatingFor = clause.IfNoRatingFor?.Code(),
        };
    }
}

/// <summary>
/// The model of <c>documents/ratings-event-notice.sbn</c>: the cap provider tells the counterparty
/// (and the Rating Agencies, as the notice clause has it). <see cref="Remedies"/> are codes
/// (<c>transfer</c>, ...) the template words.
/// </summary>
/// <param name="RestrictedClauses">Labels of the clauses that made the event of a restricted type (<c>a</c>); empty when not restricted.</param>
public sealed record RatingsEventNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    NoticeModel Notice,
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
    IReadOnlyList<string> RestrictedClauses,
    bool NoticeLate);

/// <summary>
/// The model of <c>documents/collateral-demand.sbn</c> (Ratings Event II, no remedy in time).
/// The demand is required only to the extent the provider is not already delivering Eligible
/// Collateral under an earlier event: <see cref="AlreadyPosting"/> says so, and <see cref="Latest"/>
/// gives the basis and the amount from the latest Valuation Date known on the demand's date.
/// </summary>
public sealed record CollateralDemandModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    NoticeModel Notice,
    string Event,
    string EventName,
    LocalDate Occurred,
    LocalDate RemedyDue,
    LocalDate DeliveryDue,
    IReadOnlyList<TriggerModel> Triggers,
    PostingModel? AlreadyPosting,
    DemandValuationModel? Latest);

/// <summary>Eligible Collateral the provider has delivered since <see cref="Since"/> as the remedy of Ratings Event <see cref="Event"/>.</summary>
/// <param name="Clause">That event's subparagraph, from the notice terms; null when they give none.</param>
public sealed record PostingModel(string Event, string EventName, LocalDate Since, string? Clause);

/// <summary>The latest Valuation Date notified by a demand's date: the Credit Support Amount, the Value held and the transfer called.</summary>
public sealed record DemandValuationModel(
    LocalDate ValuationDate,
    decimal? CreditSupportAmount,
    decimal PostedValue,
    decimal? DeliveryAmount,
    decimal RoundingMultiple,
    LocalDate NotificationDate,
    LocalDate TransferDue);

/// <summary>
/// The model of <c>documents/termination-event-notice.sbn</c>: a ratings deadline was missed.
/// <see cref="Breaches"/> holds only the failures that exist on the notice's date.
/// </summary>
public sealed record TerminationEventNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    NoticeModel Notice,
    string Event,
    string EventName,
    LocalDate Occurred,
    IReadOnlyList<BreachModel> Breaches,
    LocalDate BreachedOn,
    string AffectedParty);

/// <summary>A missed deadline, as facts the template words.</summary>
/// <param name="Kind"><c>no-notice</c>, <c>late-notice</c>, <c>no-remedy</c> or <c>no-collateral</c>.</param>
/// <param name="AllowedRemedies">Remedy codes that would have cured the event (for <c>no-remedy</c>).</param>
/// <param name="RestrictedClauses">Clause labels that restricted the remedies, e.g. <c>a</c>.</param>
/// <param name="Shortfall">For <c>no-remedy</c>: the step taken that did not count, and why; null when none was taken.</param>
public sealed record BreachModel(
    string Kind,
    LocalDate Deadline,
    LocalDate On,
    LocalDate? LateStep,
    IReadOnlyList<string> AllowedRemedies,
    IReadOnlyList<string> RestrictedClauses,
    LocalDate? DemandDue,
    ShortfallModel? Shortfall = null)
{
    public static BreachModel From(RatingsBreach b) => new(
        b.Kind switch
        {
            RatingsBreachKind.NoNotice => "no-notice",
            RatingsBreachKind.LateNotice => "late-notice",
            RatingsBreachKind.NoRemedy => "no-remedy",
            _ => "no-collateral",
        },
        b.Deadline, b.On, b.LateStep, b.AllowedRemedies, b.RestrictedClauses, b.DemandDue, ShortfallModel.From(b.Shortfall));
}

/// <summary>A remedial step that did not cure the event (<see cref="Reporting.Ratings.RemedyShortfall"/>).</summary>
/// <param name="Kind"><c>lacks-confirmation</c>, <c>too-late</c> or <c>does-not-cure</c>.</param>
/// <param name="Action">The step's remedy code, for <c>documents/_remedy-short.sbn</c>.</param>
public sealed record ShortfallModel(string Kind, string Action, LocalDate StepOn, LocalDate? ConfirmedOn)
{
    public static ShortfallModel? From(Reporting.Ratings.RemedyShortfall? s) => s is null ? null
        : new(Reporting.RunFormat.ReportingJson.Serialize(s.Kind).Trim('"'), s.Action, s.StepOn, s.ConfirmedOn);
}
