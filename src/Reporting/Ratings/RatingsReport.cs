using NodaTime;
using Reporting.Deals;

namespace Reporting.Ratings;

/// <summary>The ratings events of a deal as of a date: the ratings in force and every occurrence so far.</summary>
/// <param name="Ratings">The provider's ratings in force on <paramref name="AsOf"/>.</param>
/// <param name="Interpretations">The readings taken, for the report's "Interpretations" note.</param>
public sealed record RatingsReport(
    LocalDate AsOf,
    string Provider,
    RatingsSnapshot Ratings,
    IReadOnlyList<RatingsEventOccurrence> Events,
    IReadOnlyList<Interpretation> Interpretations)
{
    /// <summary>True when any occurrence was breached: an Additional Termination Event exists.</summary>
    public bool AdditionalTerminationEvent => Events.Any(e => e.AdditionalTerminationEvent);
}
