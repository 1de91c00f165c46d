using NodaTime;
using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>
/// Rolls Posted Collateral forward from the transfers to each Valuation Date and compares it
/// with the holdings <c>collateral.csv</c> lists for that date: the cash balance to the cent, and
/// the same securities on both sides. Market values are not compared: a security's price moves
/// between the day it was delivered and the Valuation Date.
/// </summary>
public static class HoldingsReconciler
{
    public static IReadOnlyList<HoldingsBreak> Reconcile(CollateralData data, IReadOnlyList<Transfer> transfers, IEnumerable<LocalDate> valuationDates)
    {
        var breaks = new List<HoldingsBreak>();
        var collateralTransfers = transfers.Where(t => t.Kind is TransferKinds.CollateralDelivery or TransferKinds.CollateralReturn or TransferKinds.CollateralMaturity).ToArray();
        foreach (var date in valuationDates)
        {
            var position = PostedCollateralPosition.On(collateralTransfers, date);
            var held = data.Holdings.Where(h => h.ValuationDate == date).ToArray();
            var heldCash = held.Where(h => h.Type == "cash").Sum(h => h.MarketValue);
            if (heldCash != position.Cash) breaks.Add(new HoldingsBreak(date, TransferKinds.Cash, position.Cash, heldCash));

            var heldSecurities = held.Where(h => h.Type != "cash").ToDictionary(h => h.SecurityId, h => h.MarketValue, StringComparer.OrdinalIgnoreCase);
            foreach (var (id, value) in position.Securities.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (!heldSecurities.ContainsKey(id)) breaks.Add(new HoldingsBreak(date, id, value, null));
            }
            foreach (var h in held.Where(h => h.Type != "cash" && !position.Securities.ContainsKey(h.SecurityId)))
            {
                breaks.Add(new HoldingsBreak(date, h.SecurityId, null, h.MarketValue));
            }
        }
        return breaks;
    }
}
