namespace Reporting.Ratings;

/// <summary>How a trigger clause compares a rating with its level.</summary>
public enum TriggerComparison
{
    /// <summary>Strictly worse than the level ("lower than A1").</summary>
    Below,

    /// <summary>The level or worse ("BB+ or lower").</summary>
    AtOrBelow,
}
