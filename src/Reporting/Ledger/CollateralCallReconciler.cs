using NodaTime;
using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>
/// Values every Valuation Date in order and sets each Delivery or Return Amount against the
/// collateral transfers that name its Valuation Date, each valued at its Valuation Percentage.
/// A transfer short on its due date is a failure to transfer (Paragraph 7(i)): notice, grace and,
/// where the annex lets it count, an Event of Default, which makes the Pledgor's Threshold zero on
/// later Valuation Dates. Going date by date keeps that exact: an Event of Default only ever
/// begins after the Valuation Date whose call caused it.
/// </summary>
public static class CollateralCallReconciler
{
    public sealed record Result(
        IReadOnlyList<CollateralValuation> Valuations,
        IReadOnlyList<CollateralCallCheck> Calls,
        IReadOnlyList<FailureToTransfer> Failures,
        IReadOnlyList<EventOfDefaultPeriod> EventsOfDefault);

    public static Result Reconcile(CollateralData data, IReadOnlyList<Transfer> transfers, LocalDate asOf)
    {
        var terms = data.Terms;
        var valuations = new List<CollateralValuation>();
        var calls = new List<CollateralCallCheck>();
        var failures = new List<FailureToTransfer>();
        var defaults = new List<EventOfDefaultPeriod>();

        var first = FirstDate(data);
        if (first is null) return new Result(valuations, calls, failures, defaults);
        foreach (var date in ValuationSchedule.Between(first.Value, asOf, terms.LocalBusinessDays, terms.Frequency))
        {
            var valuation = CollateralEngine.Value(data with { EventsOfDefault = defaults.ToArray() }, date);
            valuations.Add(valuation);
            if (valuation.NotificationDate > asOf) continue; // not yet notified on the as-of date

            foreach (var (direction, amount) in new[] { (CollateralCallCheck.Delivery, valuation.DeliveryAmount), (CollateralCallCheck.Return, valuation.ReturnAmount) })
            {
                if (amount is not > 0m) continue;
                bool delivery = direction == CollateralCallCheck.Delivery;
                var (payer, receiver) = delivery ? (terms.Pledgor, terms.SecuredParty) : (terms.SecuredParty, terms.Pledgor);
                var kind = delivery ? TransferKinds.CollateralDelivery : TransferKinds.CollateralReturn;
                var reference = Formatting.InvariantFormat.Iso(date);
                var answering = transfers.Where(t => t.Kind == kind && t.Reference == reference);
                var settlement = Settlement.Judge(amount.Value, valuation.TransferDue, asOf, answering, t => ValueOf(data, t, asOf));
                calls.Add(new CollateralCallCheck(date, direction, payer, receiver, valuation.NotificationDate, settlement, valuation));

                if (Failure(terms, direction, date, payer, settlement, asOf) is { } failure)
                {
                    failures.Add(failure);
                    if (failure.EventOfDefaultFrom is LocalDate from)
                        defaults.Add(new EventOfDefaultPeriod(payer, from, failure.CuredOn, direction, date));
                }
            }
        }
        return new Result(valuations, calls, failures, defaults);
    }

    /// <summary>
    /// The failure to transfer a settlement shows, if any, as known on <paramref name="asOf"/>:
    /// the notice goes out the given Local Business Days after the due date; the Event of Default
    /// begins the day after the grace period when the amount has not arrived in full by then.
    /// </summary>
    public static FailureToTransfer? Failure(CreditSupportAnnexTerms terms, string obligation, LocalDate reference, string party,
        Settlement settlement, LocalDate asOf)
    {
        if (settlement.DueDate >= asOf || settlement.ReceivedByDue >= settlement.Amount) return null;
        var rule = terms.FailureToTransfer;
        var notice = rule.Notice.From(settlement.DueDate);
        var graceEnd = rule.Grace.From(notice);
        LocalDate? defaultFrom = rule.EventOfDefault && graceEnd < asOf && (settlement.SettledOn is not LocalDate s || s > graceEnd)
            ? graceEnd.PlusDays(1) : null;
        return new FailureToTransfer(obligation, reference, party, settlement.Amount, settlement.Amount - settlement.ReceivedByDue,
            settlement.DueDate, notice, graceEnd, settlement.SettledOn, defaultFrom, settlement.ReceivedBy(notice));
    }

    /// <summary>
    /// The Value a collateral transfer carries as known on <paramref name="asOf"/>: cash at 100%; a
    /// security at its market value when it moved times the Valuation Percentage its type and
    /// remaining maturity earn on that day. The type and maturity are the transfer row's own when it
    /// describes the security, else those of its latest line in collateral.csv dated by
    /// <paramref name="asOf"/>: a later holdings line is not yet known. A security known from
    /// neither cannot be valued and counts as zero (the holdings check reports it).
    /// </summary>
    public static decimal ValueOf(CollateralData data, Transfer transfer, LocalDate asOf)
    {
        if (transfer.IsCash) return transfer.Amount;
        PostedHolding? line = transfer.Security is { } s
            ? new PostedHolding(transfer.Date, s.Type, transfer.Asset, s.Issuer, s.MaturityDate, transfer.Amount, transfer.Line)
            : data.Holdings.Where(h => string.Equals(h.SecurityId, transfer.Asset, StringComparison.OrdinalIgnoreCase) && h.ValuationDate <= asOf)
                .MaxBy(h => h.ValuationDate);
        if (line is null) return 0m;
        return CollateralEngine.ValueHolding(data.Terms, line with { MarketValue = transfer.Amount }, transfer.Date).Value;
    }

    private static LocalDate? FirstDate(CollateralData data)
    {
        var dates = data.Marks.Select(m => m.ValuationDate).Concat(data.Holdings.Select(h => h.ValuationDate)).ToArray();
        return dates.Length == 0 ? null : dates.Min();
    }
}
