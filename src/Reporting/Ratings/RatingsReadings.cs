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

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(WithdrawnRating, "triggers", new[]
        {
            new InterpretationOption("triggers"),
            new InterpretationOption("ignored"),
        }),
        new InterpretationDefinition(RatingAgencyCondition, "required", new[]
        {
            new InterpretationOption("required"),
            new InterpretationOption("not-checked"),
        }),
        new InterpretationDefinition(ActionMatching, "by-reference", new[]
        {
            new InterpretationOption("by-reference"),
        }, Configurable: false),
        new InterpretationDefinition(DeadlinesWhileContinuing, "continuing", new[]
        {
            new InterpretationOption("continuing"),
        }, Configurable: false),
        new InterpretationDefinition(CollateralAfterDemand, "next-business-day", new[]
        {
            new InterpretationOption("next-business-day"),
        }, Configurable: false),
        new InterpretationDefinition(EventType, "until-deadline", new[]
        {
            new InterpretationOption("until-deadline"),
        }, Configurable: false),
        new InterpretationDefinition(HistoryStart, "first-action", new[]
        {
            new InterpretationOption("first-action"),
        }, Configurable: false),
    };
}
