namespace Reporting.Collateral;

/// <summary>
/// The Volatility Buffer of Paragraph 13(m)(v): Factor × Notional Amount, the Factor from a
/// rating row and an original-maturity column ("up to 5 years", "up to 10", "up to 30").
/// </summary>
/// <param name="MaturityColumnsYears">The upper bound in years of each column, in order.</param>
/// <param name="Rows">Rows from mildest to most severe.</param>
/// <param name="Basis">What the columns are read against: original maturity or remaining weighted average life.</param>
public sealed record VolatilityBufferTerms(IReadOnlyList<int> MaturityColumnsYears, IReadOnlyList<FactorRow> Rows,
    MaturityBasis Basis = MaturityBasis.OriginalMaturity);
