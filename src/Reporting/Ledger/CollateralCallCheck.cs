using NodaTime;
using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>
/// A Delivery Amount (owed by the Pledgor) or Return Amount (owed by the Secured Party) of one
/// Valuation Date against the collateral transfers that answer it (their reference is that date),
/// each valued at its Valuation Percentage.
/// </summary>
/// <param name="Direction"><c>delivery</c> or <c>return</c>.</param>
public sealed record CollateralCallCheck(
    LocalDate ValuationDate,
    string Direction,
    string Payer,
    string Receiver,
    LocalDate NotificationDate,
    Settlement Settlement,
    CollateralValuation Valuation)
{
    public const string Delivery = "delivery";
    public const string Return = "return";
}
