namespace Reporting.Ratings;

/// <summary>The four scales the confirmation refers to, exactly as DOMAIN.md §3 lists them.</summary>
public static class RatingScales
{
    /// <summary>The symbols that mean the agency no longer rates the debt (withdrawn, not rated).</summary>
    public static IReadOnlyList<string> WithdrawnSymbols { get; } = new[] { "WR", "NR" };

    public static RatingScale SandPLong { get; } = new(RatingAgency.SandP, RatingTerm.Long, new[]
    {
        "AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+",
        "BB", "BB-", "B+", "B", "B-", "CCC+", "CCC", "CCC-", "CC", "C", "D",
    });

    public static RatingScale SandPShort { get; } = new(RatingAgency.SandP, RatingTerm.Short, new[]
    {
        "A-1+", "A-1", "A-2", "A-3", "B", "C", "D",
    });

    public static RatingScale MoodysLong { get; } = new(RatingAgency.Moodys, RatingTerm.Long, new[]
    {
        "Aaa", "Aa1", "Aa2", "Aa3", "A1", "A2", "A3", "Baa1", "Baa2", "Baa3", "Ba1", "Ba2", "Ba3",
        "B1", "B2", "B3", "Caa1", "Caa2", "Caa3", "Ca", "C",
    });

    public static RatingScale MoodysShort { get; } = new(RatingAgency.Moodys, RatingTerm.Short, new[]
    {
        "P-1", "P-2", "P-3", "NP",
    });

    public static IReadOnlyList<RatingScale> All { get; } = new[] { SandPLong, SandPShort, MoodysLong, MoodysShort };

    public static RatingScale For(RatingAgency agency, RatingTerm term) =>
        All.First(s => s.Agency == agency && s.Term == term);

    public static bool IsWithdrawnSymbol(string symbol) =>
        WithdrawnSymbols.Any(w => string.Equals(w, symbol, StringComparison.OrdinalIgnoreCase));
}
