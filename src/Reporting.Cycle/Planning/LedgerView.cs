using Reporting.Cycle.Models;
using Reporting.Ledger;

namespace Reporting.Cycle.Planning;

/// <summary>Cap statuses in which "paid" means received, when the deal keeps a ledger.</summary>
internal static class LedgerView
{
    /// <summary>A period's model with its settlement status from the ledger, when the deal keeps one.</summary>
    public static CapPeriodModel WithSettlement(CapPeriodModel period, LedgerResult? ledger)
    {
        var check = ledger?.CapPayments.FirstOrDefault(c => c.Period?.Number == period.Period);
        return check is null ? period : period with { Status = check.Status };
    }
}
