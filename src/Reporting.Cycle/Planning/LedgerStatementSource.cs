using NodaTime;
using Reporting.Cycle.Models;
using Reporting.Ledger;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The statement's exceptions from the ledger, as known on the statement's date: each amount not
/// received in full by its due date, each failure to transfer with its notice and grace period,
/// each Event of Default, and each difference between the transfers and the holdings. A break is
/// listed when its due date, the day it was made good, or its notice falls in the statement's
/// month or the month before (a statement dated before the month's end cannot know what falls
/// after it; the next one does), and every month while an Event of Default it caused continues.
/// </summary>
public sealed class LedgerStatementSource : IStatementSectionSource
{
    public StatementParts Contribute(RunContext context, StatementParts parts)
    {
        if (context.Results.Ledger is not { } ledger) return parts;
        var statementDate = context.Results.StatementDate;
        string Name(string key) => context.Terms.FindParty(key)?.Name ?? key;
        var since = context.FirstDay.PlusMonths(-1);
        bool Recent(LocalDate? date) => date is LocalDate d && d >= since && d <= context.LastDay;

        foreach (var c in ledger.CapPayments.Where(c => c.Settlement is { } s && s.Status.IsBreak()))
        {
            var s = c.Settlement!;
            if (!Recent(s.DueDate) && !Recent(s.SettledOn)) continue;
            int? period = c.Period?.Number;
            parts.Exceptions.Add(new CapPaymentException(period, Name(c.Payer), SettlementModel.From(s)));
        }
        foreach (var call in ledger.Calls.Where(c => c.Settlement.Status.IsBreak()))
        {
            var s = call.Settlement;
            if (!Recent(s.DueDate) && !Recent(s.SettledOn)) continue;
            parts.Exceptions.Add(new CollateralCallException(call.Direction, call.ValuationDate, Name(call.Payer), SettlementModel.From(s)));
        }
        foreach (var f in ledger.Failures)
        {
            bool defaulting = f.EventOfDefaultFrom is LocalDate d && d <= context.LastDay && (f.CuredOn is not LocalDate c0 || c0 >= context.FirstDay);
            if (!Recent(f.NoticeDate) && !Recent(f.CuredOn) && !defaulting) continue;
            var consequence = f.EventOfDefaultFrom is not null ? "event-of-default"
                : f.CuredOn is LocalDate cured && cured <= f.GraceEnd ? "made-good"
                : context.Terms.CreditSupportAnnex?.FailureToTransfer.EventOfDefault == false ? "no-default-disapplied"
                : f.GraceEnd >= statementDate ? "default-if-not-made"
                : "no-default";
            parts.Exceptions.Add(new FailureToTransferException(f.Obligation, f.Reference, f.MissingAtDue, f.DueDate, f.NoticeDate, f.GraceEnd,
                Name(f.FailingParty), consequence, f.EventOfDefaultFrom, f.CuredOn,
                context.Terms.Notices?.Clauses.FailureToTransferDefault));
        }
        foreach (var h in ledger.Holdings.Where(h => Recent(h.ValuationDate)))
        {
            var difference = h.Asset == TransferKinds.Cash ? "cash" : h.PerHoldings is null ? "not-held" : "not-delivered";
            parts.Exceptions.Add(new HoldingsException(difference, h.ValuationDate, h.Asset == TransferKinds.Cash ? null : h.Asset, h.PerTransfers, h.PerHoldings));
        }
        foreach (var i in ledger.InterestAmounts.Where(i => i.Status.IsBreak()))
        {
            if (!Recent(i.PeriodEnd) && !Recent(i.Settlement?.SettledOn)) continue;
            parts.Exceptions.Add(new InterestAmountException(i.PeriodStart, i.PeriodEnd, i.MissingRateDays.Count,
                i.Amount is null ? null : SettlementModel.From(i.Settlement!)));
        }
        return parts;
    }
}
