namespace Reporting.Ratings;

/// <summary>The ratings downgrade provisions of a deal with their inputs: the ratings history and the steps taken.</summary>
public sealed record RatingsData(RatingsDowngradeTerms Terms, RatingsHistory History, IReadOnlyList<RatingsStep> Steps, Deals.Interpretations Interpretations);
