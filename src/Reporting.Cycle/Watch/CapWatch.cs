using NodaTime;
using Reporting.Cap;
using Reporting.Ledger;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The cap's payment dates, all of them (the schedule is known from the terms): the Fixed Amount
/// and each period's Floating Amount, judged against the ledger when the deal keeps one. A fixing
/// date passed with no rate, and an amount not received in full, are open exceptions.
/// </summary>
internal static class CapWatch
{
    public static void Add(CapInputs cap, LedgerResult? ledger, LocalDate asOf, ICollection<WatchDeadline> deadlines, ICollection<WatchException> exceptions)
    {
        var terms = cap.Terms;
        var floating = terms.Floating;
        var calendar = (floating.PaymentAdjustment ?? floating.PeriodEndAdjustment).Calendar;
        var checks = ledger?.CapPayments.ToDictionary(c => c.Reference, StringComparer.Ordinal);

        var premium = checks?.GetValueOrDefault(TransferKinds.Premium);
        deadlines.Add(new WatchDeadline(DeadlineKinds.CapPremium, terms.Premium.PaymentDate, "premium", terms.Premium.Payer,
            terms.Premium.Amount, null, State(premium?.Settlement, terms.Premium.PaymentDate, asOf)));
        AddBreak(premium, "premium", exceptions);

        foreach (var period in CapEngine.Evaluate(cap, asOf))
        {
            var reference = $"period-{period.Number}";
            var check = checks?.GetValueOrDefault(period.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            deadlines.Add(new WatchDeadline(DeadlineKinds.CapPayment, period.PaymentDate, reference, floating.Payer,
                period.Amount, WatchDates.NameOf(calendar), State(check?.Settlement, period.PaymentDate, asOf)));
            if (period.Status == CapPeriodStatus.MissingFixing)
                exceptions.Add(new WatchException(ExceptionKinds.MissingFixing, period.FixingDate, reference, null, null, null));
            AddBreak(check, reference, exceptions);
        }
    }

    /// <summary>An amount the ledger shows short or not received at all (a late one was made good).</summary>
    private static void AddBreak(CapPaymentCheck? check, string reference, ICollection<WatchException> exceptions)
    {
        if (check?.Settlement is { Status: SettlementStatus.Short or SettlementStatus.Unpaid } s)
            exceptions.Add(new WatchException(ExceptionKinds.CapPaymentBreak, s.DueDate, reference, check.Payer, s.Outstanding, null));
    }

    /// <summary>Judged by the ledger when there is one; otherwise only open or passed.</summary>
    internal static DeadlineState State(Settlement? settlement, LocalDate date, LocalDate asOf) => settlement?.Status switch
    {
        SettlementStatus.Paid => DeadlineState.Done,
        SettlementStatus.Late or SettlementStatus.Short or SettlementStatus.Unpaid => DeadlineState.Missed,
        SettlementStatus.Due => DeadlineState.Open,
        SettlementStatus.Withheld => DeadlineState.Lapsed,
        _ => WatchDates.Unrecorded(date, asOf),
    };
}
