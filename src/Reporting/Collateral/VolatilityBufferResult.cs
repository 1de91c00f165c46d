namespace Reporting.Collateral;

/// <summary>The Volatility Buffer on a Valuation Date and how it was found.</summary>
/// <param name="Row">The Factor table row used; null when the ratings fall into no row (Factor 0).</param>
/// <param name="MaturityColumnYears">The original-maturity column ("up to N years").</param>
/// <param name="RemainingWeightedAverageLifeYears">The remaining weighted average life the column was read against; null on the original-maturity basis.</param>
/// <param name="Period">The Calculation Period containing the Valuation Date; null before the first or after the last.</param>
public sealed record VolatilityBufferResult(
    string? Row,
    decimal FactorPercent,
    int? MaturityColumnYears,
    CalculationPeriod? Period,
    decimal Notional,
    decimal Amount,
    decimal? RemainingWeightedAverageLifeYears = null);
