namespace Reporting.Ratings;

/// <summary>
/// A rating agency, by the code the inputs use (<c>S&amp;P</c>, <c>Moodys</c>, <c>Fitch</c>) and
/// the name reports print. The agencies are data: <c>data/rating-scales.yaml</c>, built into the tool.
/// </summary>
public sealed class RatingAgency
{
    internal RatingAgency(string code, string displayName)
    {
        Code = code;
        DisplayName = displayName;
    }

    private readonly Dictionary<RatingTerm, RatingScale> _scales = new();

    /// <summary>As <c>ratings.csv</c> and the terms file write it.</summary>
    public string Code { get; }

    /// <summary>As documents print it: <c>S&amp;P</c>, <c>Moody's</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Every agency of the shipped scales file, in its order.</summary>
    public static IReadOnlyList<RatingAgency> All => RatingScaleFile.Shipped.Agencies;

    /// <summary>The agency's scale for a term (every agency of a scales file has both).</summary>
    public RatingScale Scale(RatingTerm term) => _scales[term];

    internal void AddScale(RatingScale scale) => _scales[scale.Term] = scale;

    public static IReadOnlyList<string> Codes => All.Select(a => a.Code).ToArray();

    /// <summary>"S&amp;P, Moodys or Fitch", for messages.</summary>
    public static string Expected => Codes.Count == 1 ? Codes[0] : $"{string.Join(", ", Codes.Take(Codes.Count - 1))} or {Codes[^1]}";

    /// <summary>Case-insensitive; also accepts the printed name (<c>Moody's</c>).</summary>
    public static RatingAgency? Find(string text) => RatingScaleFile.Shipped.Find(text);

    internal static RatingAgency? Find(IEnumerable<RatingAgency> agencies, string text) =>
        agencies.FirstOrDefault(a => string.Equals(a.Code, text, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(a.DisplayName, text, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Code;
}
