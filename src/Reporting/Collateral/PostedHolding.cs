using NodaTime;

namespace Reporting.Collateral;

/// <summary>A line of <c>collateral.csv</c>: a holding of Posted Collateral as valued at a Valuation Date.</summary>
/// <param name="MarketValue">The bid value from a Pricing Source, before the Valuation Percentage.</param>
/// <param name="MaturityDate">Null for cash.</param>
public sealed record PostedHolding(
    LocalDate ValuationDate,
    string Type,
    string SecurityId,
    string Issuer,
    LocalDate? MaturityDate,
    decimal MarketValue,
    int Line);
