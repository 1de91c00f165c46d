namespace Reporting.Ratings;

/// <summary>
/// A rating agency, by the code the inputs use (<c>S&amp;P</c>, <c>Moodys</c>) and the name reports print.
/// </summary>
public sealed class RatingAgency
{
    private RatingAgency(string code, string displayName)
    {
        Code = code;
        DisplayName = displayName;
    }

    /// <summary>As <c>ratings.csv</c> and the terms file write it.</summary>
    public string Code { get; }

    /// <summary>As documents print it: <c>S&amp;P</c>, <c>Moody's</c>.</summary>
    public string DisplayName { get; }

    public static RatingAgency SandP { get; } = new("S&P", "S&P");

    public static RatingAgency Moodys { get; } = new("Moodys", "Moody's");

    public static IReadOnlyList<RatingAgency> All { get; } = new[] { SandP, Moodys };

    public static IReadOnlyList<string> Codes { get; } = All.Select(a => a.Code).ToArray();

    /// <summary>Case-insensitive; also accepts the printed name (<c>Moody's</c>).</summary>
    public static RatingAgency? Find(string text) =>
        All.FirstOrDefault(a => string.Equals(a.Code, text, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(a.DisplayName, text, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Code;
}
