namespace Reporting.Ratings;

/// <summary>The scales of every agency of <c>data/rating-scales.yaml</c>, one per agency and term.</summary>
public static class RatingScales
{
    /// <summary>The symbols that mean the agency no longer rates the debt (withdrawn, not rated).</summary>
    public static IReadOnlyList<string> WithdrawnSymbols => RatingScaleFile.Shipped.WithdrawnSymbols;

    public static IReadOnlyList<RatingScale> All => RatingScaleFile.Shipped.Scales;

    public static RatingScale For(RatingAgency agency, RatingTerm term) => agency.Scale(term);

    public static bool IsWithdrawnSymbol(string symbol) =>
        WithdrawnSymbols.Any(w => string.Equals(w, symbol, StringComparison.OrdinalIgnoreCase));
}
