namespace Reporting.Ratings;

/// <summary>Whether a rating is of long-term or short-term senior unsecured debt.</summary>
public enum RatingTerm
{
    Long,
    Short,
}

public static class RatingTerms
{
    public static IReadOnlyList<string> Codes { get; } = new[] { "long", "short" };

    public static string Code(this RatingTerm term) => term == RatingTerm.Long ? "long" : "short";

    public static string Describe(this RatingTerm term) => term == RatingTerm.Long ? "long-term" : "short-term";

    public static RatingTerm? Find(string text) => text.ToLowerInvariant() switch
    {
        "long" => RatingTerm.Long,
        "short" => RatingTerm.Short,
        _ => null,
    };
}
