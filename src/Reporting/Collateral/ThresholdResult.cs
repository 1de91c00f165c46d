using NodaTime;

namespace Reporting.Collateral;

/// <summary>The Pledgor's Threshold on a Valuation Date: an amount, or null when infinite; and why.</summary>
public sealed record ThresholdResult(decimal? Amount)
{
    public bool IsInfinite => Amount is null;

    /// <summary>Why, as facts: <c>event-of-default</c> (see <see cref="DefaultSince"/>), <c>no-credit-rating</c>, <c>conditions-hold</c> (see <see cref="Holding"/>) or <c>infinite</c> (see <see cref="InForce"/>).</summary>
    public string Kind { get; init; } = "";

    /// <summary>For <c>event-of-default</c>: the first day of the Event of Default with respect to <see cref="DefaultingParty"/>.</summary>
    public LocalDate? DefaultSince { get; init; }

    /// <summary>For <c>event-of-default</c>: the party key of the Pledgor in default.</summary>
    public string? DefaultingParty { get; init; }

    /// <summary>The conditions of a finite Threshold that hold.</summary>
    public IReadOnlyList<Ratings.TriggerClause> Holding { get; init; } = [];

    /// <summary>The Credit Ratings in force when no condition holds.</summary>
    public IReadOnlyList<Ratings.CreditRating> InForce { get; init; } = [];
}
