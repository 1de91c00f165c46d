namespace Reporting.Collateral;

/// <summary>The Pledgor's Threshold on a Valuation Date: an amount, or null when infinite; and why.</summary>
public sealed record ThresholdResult(decimal? Amount, string Reason)
{
    public bool IsInfinite => Amount is null;

    /// <summary>Why, as facts: <c>no-credit-rating</c>, <c>conditions-hold</c> (see <see cref="Holding"/>) or <c>infinite</c> (see <see cref="InForce"/>).</summary>
    public string Kind { get; init; } = "";

    /// <summary>The conditions of a finite Threshold that hold.</summary>
    public IReadOnlyList<Ratings.TriggerClause> Holding { get; init; } = [];

    /// <summary>The Credit Ratings in force when no condition holds.</summary>
    public IReadOnlyList<Ratings.CreditRating> InForce { get; init; } = [];
}
