using NodaTime;

namespace Reporting.Collateral;

/// <summary>A Calculation Period of the cap with its adjusted bounds and Schedule I Notional Amount.</summary>
/// <param name="AdjustedStart">Inclusive.</param>
/// <param name="AdjustedEnd">Exclusive.</param>
public sealed record CalculationPeriod(LocalDate AdjustedStart, LocalDate AdjustedEnd, LocalDate UnadjustedEnd, decimal Notional);
