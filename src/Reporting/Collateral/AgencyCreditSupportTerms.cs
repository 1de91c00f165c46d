using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>
/// One rating agency's Credit Support Amount of a 2006–2008 annex (the <c>credit_support_amounts:</c>
/// list): "the S&amp;P Credit Support Amount", "the Moody's First Trigger Credit Support Amount", each
/// with its own add-on and its own Valuation Percentages. The Delivery Amount is the greatest of
/// the agencies' shortfalls, the Return Amount the least of their excesses.
/// </summary>
/// <param name="Id">The deal's key for the amount (<c>moodys-first</c>), unique in the annex.</param>
/// <param name="Name">As documents print it before "Credit Support Amount": "Moody's First Trigger".</param>
/// <param name="WhenAny">The amount is zero unless one of these holds; empty: it always applies.</param>
/// <param name="ExposurePercent">The share of the Exposure counted (100; 125 in some S&amp;P clauses).</param>
/// <param name="NotionalPercent">Add-on as a percentage of the Notional Amount; null when none.</param>
/// <param name="Dv01Multiplier">Add-on as a multiple of the Transaction's DV01 (exposures.csv); with <paramref name="NotionalPercent"/>, the lesser of the two counts.</param>
/// <param name="VolatilityBuffer">A Factor table of the agency (S&amp;P Volatility Buffer, Fitch Volatility Cushion), added to the rest; null when none.</param>
/// <param name="ValuationPercentages">The agency's Valuation Percentages, by collateral type; a type not listed keeps the annex's.</param>
public sealed record AgencyCreditSupportTerms(
    string Id,
    string Name,
    IReadOnlyList<TriggerClause> WhenAny,
    decimal ExposurePercent,
    FrequencyFigure? NotionalPercent,
    FrequencyFigure? Dv01Multiplier,
    VolatilityBufferTerms? VolatilityBuffer,
    IReadOnlyList<EligibleCollateralType> ValuationPercentages)
{
    /// <summary>The annex's Eligible Collateral with this agency's Valuation Percentages in place of the annex's own.</summary>
    public IReadOnlyList<EligibleCollateralType> Collateral(IReadOnlyList<EligibleCollateralType> annex) =>
        annex.Select(t => ValuationPercentages.FirstOrDefault(v => v.Type == t.Type) is { } own ? t with { Buckets = own.Buckets } : t).ToArray();
}
