using NodaTime;
using Reporting.Collateral;
using Reporting.Ledger;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The Credit Support Annex as known on the watch date: for each Valuation Date up to it with a
/// Delivery or Return Amount, the notification and the transfer due; each failure to transfer with
/// its notice and the end of its grace period; each Interest Amount. Open exceptions: a failure not
/// made good, an Interest Amount that cannot be worked out, a holdings break and the Valuation
/// Agent's findings on the last Valuation Date.
/// </summary>
internal static class CollateralWatch
{
    public static void Add(CollateralData data, LedgerResult? ledger, LocalDate asOf, ICollection<WatchDeadline> deadlines, ICollection<WatchException> exceptions)
    {
        var terms = data.Terms;
        var calendar = terms.LocalBusinessDays.Name;
        var valuations = ledger is { Valuations.Count: > 0 } ? ledger.Valuations : ValueToDate(data, asOf);
        var calls = ledger?.Calls.ToDictionary(c => (c.ValuationDate, c.Direction)) ?? [];

        foreach (var v in valuations)
        {
            foreach (var (direction, amount) in new[] { (CollateralCallCheck.Delivery, v.DeliveryAmount), (CollateralCallCheck.Return, v.ReturnAmount) })
            {
                if (amount is not > 0m) continue;
                var reference = $"{direction}/{WatchDates.Iso(v.ValuationDate)}";
                deadlines.Add(new WatchDeadline(DeadlineKinds.CollateralNotification, v.NotificationDate, reference, terms.ValuationAgent,
                    amount, calendar, WatchDates.Unrecorded(v.NotificationDate, asOf)));
                var transferor = direction == CollateralCallCheck.Delivery ? terms.Pledgor : terms.SecuredParty;
                var settlement = calls.GetValueOrDefault((v.ValuationDate, direction))?.Settlement;
                deadlines.Add(new WatchDeadline(DeadlineKinds.CollateralTransfer, v.TransferDue, reference, transferor,
                    amount, calendar, CapWatch.State(settlement, v.TransferDue, asOf)));
            }
        }

        if (ledger is not null) AddLedger(terms, ledger, asOf, deadlines, exceptions);

        if (valuations.LastOrDefault() is { } last)
        {
            foreach (var finding in last.Exceptions)
                exceptions.Add(new WatchException(ExceptionKinds.Valuation, last.ValuationDate, WatchDates.Iso(last.ValuationDate), terms.ValuationAgent, null, finding));
            foreach (var b in ledger?.Holdings.Where(h => h.ValuationDate == last.ValuationDate) ?? [])
            {
                var difference = (b.PerTransfers ?? 0m) - (b.PerHoldings ?? 0m);
                exceptions.Add(new WatchException(ExceptionKinds.HoldingsBreak, b.ValuationDate, b.Asset, terms.SecuredParty, Math.Abs(difference), null));
            }
        }
    }

    private static void AddLedger(CreditSupportAnnexTerms terms, LedgerResult ledger, LocalDate asOf, ICollection<WatchDeadline> deadlines, ICollection<WatchException> exceptions)
    {
        var failureTerms = terms.FailureToTransfer;
        foreach (var f in ledger.Failures)
        {
            var reference = $"{f.Obligation}/{WatchDates.Iso(f.Reference)}";
            // The notice of failure is given by the party owed the transfer.
            var notifier = f.FailingParty == terms.Pledgor ? terms.SecuredParty : terms.Pledgor;
            var noticeState = f.CuredOn is LocalDate c && c < f.NoticeDate ? DeadlineState.Lapsed : WatchDates.Unrecorded(f.NoticeDate, asOf);
            deadlines.Add(new WatchDeadline(DeadlineKinds.FailureNotice, f.NoticeDate, reference, notifier, f.MissingAtDue,
                WatchDates.NameOf(failureTerms.Notice), noticeState));
            var graceState = f.CuredOn is LocalDate cured && cured <= f.GraceEnd ? DeadlineState.Done
                : f.GraceEnd >= asOf ? DeadlineState.Open
                : DeadlineState.Missed;
            deadlines.Add(new WatchDeadline(DeadlineKinds.FailureGraceEnd, f.GraceEnd, reference, f.FailingParty, f.MissingAtDue,
                WatchDates.NameOf(failureTerms.Grace), graceState));
            if (f.CuredOn is null)
                exceptions.Add(new WatchException(ExceptionKinds.FailureToTransfer, f.DueDate, reference, f.FailingParty, f.MissingAtDue, null));
        }

        foreach (var i in ledger.InterestAmounts)
        {
            var reference = WatchDates.Iso(i.PeriodEnd);
            var date = i.Settlement?.DueDate ?? i.PeriodEnd;
            deadlines.Add(new WatchDeadline(DeadlineKinds.InterestAmount, date, reference, terms.SecuredParty, i.Amount,
                terms.LocalBusinessDays.Name, i.Status == SettlementStatus.Withheld ? DeadlineState.Lapsed : CapWatch.State(i.Settlement, date, asOf)));
            if (i.Status == SettlementStatus.Unknown)
                exceptions.Add(new WatchException(ExceptionKinds.InterestAmountBreak, date, reference, terms.SecuredParty, null, null));
        }
    }

    /// <summary>Without a ledger: every Valuation Date from the first mark or holding to the watch date, valued on what was known then.</summary>
    private static IReadOnlyList<CollateralValuation> ValueToDate(CollateralData data, LocalDate asOf)
    {
        var dates = data.Marks.Select(m => m.ValuationDate).Concat(data.Holdings.Select(h => h.ValuationDate)).Where(d => d <= asOf).ToArray();
        return dates.Length == 0 ? [] : CollateralEngine.ValueRange(data, dates.Min(), asOf);
    }
}
