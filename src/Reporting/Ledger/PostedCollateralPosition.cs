using NodaTime;

namespace Reporting.Ledger;

/// <summary>
/// The Posted Collateral the transfers account for at the end of a day: the cash balance and
/// each security delivered and not yet returned (with the market value it was delivered at).
/// </summary>
public sealed record PostedCollateralPosition(decimal Cash, IReadOnlyDictionary<string, decimal> Securities)
{
    /// <summary>Rolls the collateral transfers forward to the end of <paramref name="date"/>.</summary>
    public static PostedCollateralPosition On(IReadOnlyList<Transfer> transfers, LocalDate date)
    {
        decimal cash = 0m;
        var securities = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in transfers.Where(t => t.Date <= date).OrderBy(t => t.Date).ThenBy(t => t.Line))
        {
            if (t.Kind == TransferKinds.CollateralMaturity)
            {
                // The issuer redeemed a posted security: it leaves the holdings and its proceeds stay posted as cash.
                securities.Remove(t.Asset);
                cash += t.Amount;
                continue;
            }
            int sign = t.Kind switch
            {
                TransferKinds.CollateralDelivery => 1,
                TransferKinds.CollateralReturn => -1,
                _ => 0,
            };
            if (sign == 0) continue;
            if (t.IsCash) cash += sign * t.Amount;
            else if (sign > 0) securities[t.Asset] = t.Amount;
            else securities.Remove(t.Asset);
        }
        return new PostedCollateralPosition(cash, securities);
    }

    /// <summary>The cash balance at the end of each day from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public static IReadOnlyList<(LocalDate Day, decimal Cash)> DailyCash(IReadOnlyList<Transfer> transfers, LocalDate from, LocalDate to)
    {
        var cash = transfers.Where(t => (t.IsCash && t.Kind is TransferKinds.CollateralDelivery or TransferKinds.CollateralReturn)
                                        || t.Kind == TransferKinds.CollateralMaturity)
            .Select(t => (t.Date, Signed: t.Kind == TransferKinds.CollateralReturn ? -t.Amount : t.Amount))
            .OrderBy(x => x.Date).ToArray();
        decimal balance = cash.Where(x => x.Date < from).Sum(x => x.Signed);
        int next = Array.FindIndex(cash, x => x.Date >= from);
        if (next < 0) next = cash.Length;
        var days = new List<(LocalDate, decimal)>();
        for (var day = from; day < to; day = day.PlusDays(1))
        {
            while (next < cash.Length && cash[next].Date == day) balance += cash[next++].Signed;
            days.Add((day, balance));
        }
        return days;
    }
}
