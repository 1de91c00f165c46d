using Reporting.Deals;

namespace Reporting.Ratings;

/// <summary>The readings the ratings engine takes of Part III(2)(h),(i) of the confirmation (DOMAIN.md §3).</summary>
public static class RatingsReadings
{
    public const string WithdrawnRating = "ratings.withdrawn-rating";
    public const string RatingAgencyCondition = "ratings.rating-agency-condition";
    public const string ActionMatching = "ratings.action-matching";
    public const string DeadlinesWhileContinuing = "ratings.deadlines-while-continuing";
    public const string CollateralAfterDemand = "ratings.collateral-after-demand";
    public const string EventType = "ratings.event-type";
    public const string HistoryStart = "ratings.history-start";

    private const string Provisions = "Confirmation, Part III(2)(i) (Ratings Downgrade Provisions)";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(WithdrawnRating, Provisions + " and Annex A, Paragraph 13(b)(iv)", "triggers", new[]
        {
            new InterpretationOption("triggers",
                "A withdrawn rating (WR or NR) counts as lower than every grade of its scale: it triggers the clauses on that rating, as having no Credit Rating sets the Threshold to zero."),
            new InterpretationOption("ignored",
                "A withdrawn rating (WR or NR) triggers no clause; only the remaining ratings are tested."),
        }),
        new InterpretationDefinition(RatingAgencyCondition, Provisions, "required", new[]
        {
            new InterpretationOption("required",
                "Each remedy is subject to the Rating Agency Condition: a remedy counts from the later of its date and a rating-agency-confirmation step, and only when both fall within the deadline."),
            new InterpretationOption("not-checked",
                "The Rating Agency Condition is not checked: a remedy counts from its own date; rating-agency-confirmation steps are listed only."),
        }),
        new InterpretationDefinition(ActionMatching, Provisions, "by-reference", new[]
        {
            new InterpretationOption("by-reference",
                "A step in actions.csv answers the events its reference names (\"Ratings Event II\", \"Ratings Events I and II\"), or every event continuing on its date when it names none. A notice counts from the occurrence date on; a remedy counts from the start of the downgrade (the earliest continuing event), so a document provided under Event I also answers Event II."),
        }, Configurable: false),
        new InterpretationDefinition(DeadlinesWhileContinuing, Provisions, "continuing", new[]
        {
            new InterpretationOption("continuing",
                "A deadline binds only while the event continues: it is missed when the event still holds on the deadline day and the step was not taken by then. Missing any deadline, the notice included, is a failure to comply and so an Additional Termination Event with the provider the sole Affected Party; a later cure or remedy does not undo it."),
        }, Configurable: false),
        new InterpretationDefinition(CollateralAfterDemand, Provisions + ", II and Annex A, Paragraph 13", "next-business-day", new[]
        {
            new InterpretationOption("next-business-day",
                "When a Ratings Event II is not remedied in time, the beneficiary demands Eligible Collateral on the first Local Business Day after the remedy deadline; the provider then complies when a collateral-agreement step falls within the delivery deadline after the demand (collateral already posted under Ratings Event I counts). Until a remedy is taken the event stays pending, as the provider must keep using best efforts."),
        }, Configurable: false),
        new InterpretationDefinition(EventType, Provisions + ", II (type (a))", "until-deadline", new[]
        {
            new InterpretationOption("until-deadline",
                "An event is of a restricted type (Ratings Event II type (a): only a transfer cures it) when a clause of that type holds on any day from the occurrence to the remedy deadline."),
        }, Configurable: false),
        new InterpretationDefinition(HistoryStart, Provisions, "first-action", new[]
        {
            new InterpretationOption("first-action",
                "Ratings are evaluated day by day from the provider's first rating action in ratings.csv; a rating with no action yet is unknown and triggers nothing. An event whose condition holds on that first day occurs on it."),
        }, Configurable: false),
    };
}
