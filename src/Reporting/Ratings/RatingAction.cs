using NodaTime;

namespace Reporting.Ratings;

/// <summary>A line of <c>ratings.csv</c>: an agency sets an entity's rating from a date on.</summary>
/// <param name="Entity">The party key of the rated entity (e.g. <c>JPMC</c>).</param>
/// <param name="Line">The line in <c>ratings.csv</c>, for tracing a figure back to its input.</param>
public sealed record RatingAction(string Entity, CreditRating Rating, LocalDate EffectiveDate, int Line)
{
    public RatingAgency Agency => Rating.Scale.Agency;

    public RatingTerm Term => Rating.Scale.Term;
}
