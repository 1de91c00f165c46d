using NodaTime;
using Reporting.Formatting;
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
            var what = c.Reference == TransferKinds.Premium ? "Fixed Amount (premium)" : $"Cap period {c.Reference} Floating Amount";
            parts.Exceptions.Add($"{what} of USD {Money(s.Amount)} due from {Name(c.Payer)} on {Iso(s.DueDate)}: {Received(s)}.");
        }
        foreach (var call in ledger.Calls.Where(c => c.Settlement.Status.IsBreak()))
        {
            var s = call.Settlement;
            if (!Recent(s.DueDate) && !Recent(s.SettledOn)) continue;
            var what = call.Direction == CollateralCallCheck.Delivery ? "Delivery Amount" : "Return Amount";
            parts.Exceptions.Add($"{what} of USD {Money(s.Amount)} for the Valuation Date {Iso(call.ValuationDate)}, due from {Name(call.Payer)} on {Iso(s.DueDate)}: {Received(s)} (Value at the Valuation Percentages).");
        }
        foreach (var f in ledger.Failures)
        {
            bool defaulting = f.EventOfDefaultFrom is LocalDate d && d <= context.LastDay && (f.CuredOn is not LocalDate c0 || c0 >= context.FirstDay);
            if (!Recent(f.NoticeDate) && !Recent(f.CuredOn) && !defaulting) continue;
            var what = f.Obligation switch { "delivery" => "Delivery Amount", "return" => "Return Amount", _ => "Interest Amount" };
            var consequence = f.EventOfDefaultFrom is LocalDate from
                ? $"an Event of Default with respect to {Name(f.FailingParty)} from {Iso(from)}{(f.CuredOn is LocalDate c ? $" until {Iso(c)}" : ", continuing")}"
                : f.CuredOn is LocalDate cured && cured <= f.GraceEnd ? $"made good on {Iso(cured)}, within the grace period"
                : context.Terms.CreditSupportAnnex?.FailureToTransfer.EventOfDefault == false
                    ? (context.Terms.Notices?.Clauses.FailureToTransferDefault is { } section
                        ? $"no Event of Default under this Agreement ({section} does not apply)"
                        : "no Event of Default under this Agreement")
                    : f.GraceEnd >= statementDate ? $"an Event of Default if still not made by the close of business on {Iso(f.GraceEnd)}"
                    : "no Event of Default";
            parts.Exceptions.Add($"Failure to transfer the {what} of {Iso(f.Reference)} (USD {Money(f.MissingAtDue)} missing on {Iso(f.DueDate)}): notice of the failure due {Iso(f.NoticeDate)}, grace to {Iso(f.GraceEnd)}; {consequence}.");
        }
        foreach (var h in ledger.Holdings.Where(h => Recent(h.ValuationDate)))
        {
            parts.Exceptions.Add(h.Asset == TransferKinds.Cash
                ? $"Valuation Date {Iso(h.ValuationDate)}: the transfers leave cash of USD {Money(h.PerTransfers ?? 0m)} posted but the holdings show USD {Money(h.PerHoldings ?? 0m)}."
                : h.PerHoldings is null
                    ? $"Valuation Date {Iso(h.ValuationDate)}: {h.Asset} was delivered (USD {Money(h.PerTransfers ?? 0m)}) and not returned, but is not among the holdings."
                    : $"Valuation Date {Iso(h.ValuationDate)}: {h.Asset} is among the holdings (USD {Money(h.PerHoldings.Value)}) but no transfer delivered it.");
        }
        foreach (var i in ledger.InterestAmounts.Where(i => i.Status.IsBreak()))
        {
            if (!Recent(i.PeriodEnd) && !Recent(i.Settlement?.SettledOn)) continue;
            parts.Exceptions.Add(i.Amount is null
                ? $"Interest Amount for {Iso(i.PeriodStart)} to {Iso(i.PeriodEnd)}: no Interest Rate published for {i.MissingRateDays.Count} day(s) of the period; the amount is undetermined."
                : $"Interest Amount of USD {Money(i.Amount.Value)} for {Iso(i.PeriodStart)} to {Iso(i.PeriodEnd)}, due on {Iso(i.PeriodEnd)}: {Received(i.Settlement!)}.");
        }
        return parts;
    }

    private static string Received(Settlement s) => s.Status switch
    {
        SettlementStatus.Late => $"received in full on {Iso(s.SettledOn!.Value)}, late (USD {Money(s.ReceivedByDue)} by the due date)",
        SettlementStatus.Short => $"USD {Money(s.Received)} received, USD {Money(s.Outstanding)} short",
        _ => "nothing received",
    };

    private static string Money(decimal value) => InvariantFormat.Money(value);

    private static string Iso(LocalDate date) => InvariantFormat.Iso(date);
}
