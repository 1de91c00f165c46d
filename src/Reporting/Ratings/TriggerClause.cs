namespace Reporting.Ratings;

/// <summary>
/// One condition on one rating, as the terms file states it: "Moody's long-term below A1",
/// "Moody's long-term A1 or lower on negative watch", "S&amp;P long-term BB+ or lower".
/// Trigger lists hold when any of their clauses holds.
/// </summary>
/// <param name="Label">The clause's letter in the contract, when the contract distinguishes types (Ratings Event II's "(a)").</param>
/// <param name="LevelRank">The level's rank on <paramref name="Scale"/>.</param>
/// <param name="OnWatchNegative">When true the clause holds only while the rating is also on negative watch.</param>
/// <param name="IfNoRatingFor">
/// When set, the clause holds only while the same agency gives no rating (never given, or
/// withdrawn) for this other term: "if it has no Moody's short-term rating, its long-term rating
/// is below Aa3".
/// </param>
/// <param name="OnlyIfRated">
/// When true, a withdrawn rating never satisfies the clause, whatever the withdrawn-rating
/// reading says: "if it has a Moody's short-term rating, that rating is below P-1".
/// </param>
public sealed record TriggerClause(
    string? Label,
    RatingScale Scale,
    TriggerComparison Comparison,
    string Level,
    int LevelRank,
    bool OnWatchNegative,
    RatingTerm? IfNoRatingFor = null,
    bool OnlyIfRated = false)
{
    /// <summary>
    /// Whether the clause holds on the snapshot's day. An unknown rating (never rated) never
    /// holds; a withdrawn one holds when <paramref name="withdrawnTriggers"/> (the
    /// <c>ratings.withdrawn-rating</c> reading) says a withdrawal counts as worse than any grade.
    /// </summary>
    public bool HoldsOn(RatingsSnapshot snapshot, bool withdrawnTriggers)
    {
        if (IfNoRatingFor is RatingTerm other && snapshot.Get(Scale.Agency, other) is { IsWithdrawn: false }) return false;
        var rating = snapshot.Get(Scale.Agency, Scale.Term);
        if (rating is null) return false;
        if (rating.Rank is not int rank) return withdrawnTriggers && !OnWatchNegative && !OnlyIfRated;
        bool levelHolds = Comparison == TriggerComparison.Below ? rank > LevelRank : rank >= LevelRank;
        return levelHolds && (!OnWatchNegative || rating.Watch == WatchStatus.Negative);
    }

    /// <summary>
    /// "Moody's long-term below A1", "Moody's long-term A1 or lower on negative watch",
    /// "Moody's long-term below Aa3 with no Moody's short-term rating".
    /// </summary>
    public string Describe()
    {
        var level = Comparison == TriggerComparison.Below ? $"below {Level}" : $"{Level} or lower";
        var text = $"{Scale.Agency.DisplayName} {Scale.Term.Describe()} {level}{(OnWatchNegative ? " on negative watch" : "")}"
                   + (IfNoRatingFor is RatingTerm other ? $" with no {Scale.Agency.DisplayName} {other.Describe()} rating" : "");
        return Label is null ? text : $"({Label}) {text}";
    }

    public override string ToString() => Describe();
}
