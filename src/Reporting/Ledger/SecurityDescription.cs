using NodaTime;

namespace Reporting.Ledger;

/// <summary>
/// A security as a transfer row describes it: the collateral type of the annex's eligible
/// collateral, the issuer and the maturity date. With it a transfer is valued from what was known
/// the day it moved, not from a later holdings line.
/// </summary>
public sealed record SecurityDescription(string Type, string Issuer, LocalDate? MaturityDate);
