using NodaTime;

namespace Reporting.Ledger;

/// <summary>
/// A Valuation Date on which the Posted Collateral rolled forward from the transfers differs
/// from the holdings in <c>collateral.csv</c>: the cash balance, or a security on one side only.
/// </summary>
/// <param name="Asset"><c>cash</c> or the security id.</param>
/// <param name="PerTransfers">Cash: the balance the transfers give; a security: the market value it was delivered at (null when never delivered).</param>
/// <param name="PerHoldings">Cash: the balance held; a security: its market value held (null when not held).</param>
public sealed record HoldingsBreak(LocalDate ValuationDate, string Asset, decimal? PerTransfers, decimal? PerHoldings);
