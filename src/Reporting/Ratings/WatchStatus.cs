namespace Reporting.Ratings;

/// <summary>Whether an agency has a rating under review, and in which direction.</summary>
public enum WatchStatus
{
    None,
    Negative,
    Positive,
    Developing,
}

public static class WatchStatuses
{
    public static IReadOnlyList<string> Codes { get; } = new[] { "none", "negative", "positive", "developing" };

    public static string Code(this WatchStatus watch) => watch.ToString().ToLowerInvariant();

    public static WatchStatus? Find(string text) => text.ToLowerInvariant() switch
    {
        "none" or "" => WatchStatus.None,
        "negative" => WatchStatus.Negative,
        "positive" => WatchStatus.Positive,
        "developing" => WatchStatus.Developing,
        _ => null,
    };
}
