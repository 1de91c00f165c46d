namespace Reporting.Ratings;

/// <summary>
/// What one agency says of one term of debt on a day: a grade of its scale (or withdrawn) and
/// its watch status.
/// </summary>
/// <param name="Symbol">The grade as the agency writes it, or <c>WR</c>/<c>NR</c> when withdrawn.</param>
/// <param name="Rank">The grade's rank on <paramref name="Scale"/> (0 = best); null when withdrawn.</param>
public sealed record CreditRating(RatingScale Scale, string Symbol, int? Rank, WatchStatus Watch)
{
    public bool IsWithdrawn => Rank is null;

    /// <summary>Builds a rating from its symbol; null when the symbol is not on the scale nor a withdrawal.</summary>
    public static CreditRating? TryCreate(RatingScale scale, string symbol, WatchStatus watch)
    {
        if (RatingScales.IsWithdrawnSymbol(symbol)) return new CreditRating(scale, symbol.ToUpperInvariant(), null, WatchStatus.None);
        var rank = scale.RankOf(symbol);
        return rank is null ? null : new CreditRating(scale, symbol, rank, watch);
    }

    /// <summary>"Moody's long-term A1 (negative watch)".</summary>
    public override string ToString() =>
        $"{Scale.Agency.DisplayName} {Scale.Term.Describe()} {Symbol}" +
        (Watch == WatchStatus.None ? "" : $" ({Watch.Code()} watch)");
}
