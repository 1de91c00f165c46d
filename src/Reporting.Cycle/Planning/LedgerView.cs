using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Cycle.Models;
using Reporting.Ledger;

namespace Reporting.Cycle.Planning;

/// <summary>
/// What planners take from the ledger: the reconciliation as known on a document's date, the
/// collateral inputs with the Events of Default it found (so every valuation of the run sees the
/// same Threshold), and cap statuses in which "paid" means received.
/// </summary>
internal static class LedgerView
{
    public static LedgerResult? Reconcile(RunContext context, LocalDate asOf) =>
        context.Ledger is null ? null : LedgerEngine.Reconcile(context.Ledger, asOf);

    /// <summary>The collateral inputs, with the Events of Default the ledger shows up to <paramref name="asOf"/>.</summary>
    public static CollateralData? Collateral(RunContext context, LocalDate asOf)
    {
        if (context.Collateral is null || context.Ledger is null) return context.Collateral;
        var defaults = LedgerEngine.Reconcile(context.Ledger, asOf).EventsOfDefault;
        return defaults.Count == 0 ? context.Collateral : context.Collateral with { EventsOfDefault = defaults };
    }

    /// <summary>A period's model with its settlement status from the ledger, when the deal keeps one.</summary>
    public static CapPeriodModel WithSettlement(CapPeriodModel period, LedgerResult? ledger)
    {
        var check = ledger?.CapPayments.FirstOrDefault(c => c.Period?.Number == period.Period);
        return check is null ? period : period with { Status = check.Status };
    }
}
