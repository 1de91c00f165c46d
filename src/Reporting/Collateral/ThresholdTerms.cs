using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>
/// The Pledgor's Threshold (Paragraph 13(b)(iv)(B)): infinite unless one of the listed rating
/// conditions holds, then <see cref="Amount"/>; also <see cref="Amount"/> when the Pledgor has no
/// Credit Rating at all.
/// </summary>
/// <param name="Amount">The Threshold while a condition holds (USD 0).</param>
/// <param name="CreditRatings">The ratings that count as Credit Ratings; none in force means "no Credit Rating".</param>
public sealed record ThresholdTerms(
    IReadOnlyList<TriggerClause> FiniteWhenAny,
    decimal Amount,
    IReadOnlyList<RatingScale> CreditRatings);
