using NodaTime;

namespace Reporting.Ratings;

/// <summary>
/// An entity's ratings in force on one day, one per scale. A scale with no rating action yet
/// on or before the day is absent: its rating is unknown, which is not the same as withdrawn.
/// </summary>
public sealed record RatingsSnapshot(string Entity, LocalDate Date, IReadOnlyDictionary<RatingScale, RatingAction> Current)
{
    public CreditRating? Get(RatingAgency agency, RatingTerm term) =>
        Current.TryGetValue(RatingScales.For(agency, term), out var action) ? action.Rating : null;

    public RatingAction? ActionFor(RatingScale scale) => Current.GetValueOrDefault(scale);

    /// <summary>True when every agency has withdrawn or never given every rating: no Credit Rating at all.</summary>
    public bool HasNoRating => Current.Values.All(a => a.Rating.IsWithdrawn);
}
