using NodaTime;
using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>
/// The cash and collateral ledger: what was owed against what the transfers show moved, as known
/// on a date. A pure function of the loaded data and the date.
/// </summary>
public static class LedgerEngine
{
    public static LedgerResult Reconcile(LedgerData data, LocalDate asOf)
    {
        var transfers = data.Transfers;
        var cap = data.Cap is null ? Array.Empty<CapPaymentCheck>() : CapPaymentReconciler.Reconcile(data.Cap, transfers, asOf);
        if (data.Collateral is not { } collateral)
        {
            return new LedgerResult(cap, Array.Empty<CollateralCallCheck>(), Array.Empty<FailureToTransfer>(),
                Array.Empty<HoldingsBreak>(), Array.Empty<InterestAmountCheck>(), Array.Empty<CollateralValuation>(), Array.Empty<EventOfDefaultPeriod>());
        }

        var calls = CollateralCallReconciler.Reconcile(collateral, transfers, asOf);
        var interest = InterestAmountCalculator.Calculate(collateral, transfers, data.InterestFixings, calls.EventsOfDefault, asOf);
        var failures = calls.Failures.ToList();
        foreach (var i in interest.Where(i => i.Settlement is not null))
        {
            if (CollateralCallReconciler.Failure(collateral.Terms, "interest", i.PeriodEnd, collateral.Terms.SecuredParty, i.Settlement!, asOf) is { } f)
                failures.Add(f);
        }
        var defaults = calls.EventsOfDefault.Concat(failures.Skip(calls.Failures.Count)
            .Where(f => f.EventOfDefaultFrom is not null)
            .Select(f => new EventOfDefaultPeriod(f.FailingParty, f.EventOfDefaultFrom!.Value, f.CuredOn, f.Obligation, f.Reference))).ToArray();

        // Holdings are checked only where the ledger is kept: a deal without a transfers file has nothing to roll forward.
        var holdings = data.HasTransfersFile
            ? HoldingsReconciler.Reconcile(collateral, transfers, calls.Valuations.Select(v => v.ValuationDate))
            : Array.Empty<HoldingsBreak>();
        return new LedgerResult(cap, calls.Calls, failures, holdings, interest, calls.Valuations, defaults);
    }
}
