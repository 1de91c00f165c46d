using NodaTime;
using Reporting.Cap;

namespace Reporting.Ledger;

/// <summary>
/// Sets each cap amount owed against the cap payments received: the Fixed Amount (premium) on its
/// payment date, and each Floating Amount on its Payment Date. A transfer counts for the amount
/// its reference names, when it goes from the payer to the receiver of that amount.
/// </summary>
public static class CapPaymentReconciler
{
    public static IReadOnlyList<CapPaymentCheck> Reconcile(CapInputs cap, IReadOnlyList<Transfer> transfers, LocalDate asOf)
    {
        var terms = cap.Terms;
        var provider = terms.Floating.Payer;
        var buyer = terms.Premium.Payer;
        var payments = transfers.Where(t => t.Kind == TransferKinds.CapPayment).ToArray();
        IEnumerable<Transfer> For(string reference, string payer, string receiver) => payments.Where(t =>
            t.Reference == reference && Same(t.Payer, payer) && Same(t.Receiver, receiver));

        var checks = new List<CapPaymentCheck>();
        if (terms.Premium.PaymentDate <= asOf)
        {
            var premium = Settlement.Judge(terms.Premium.Amount, terms.Premium.PaymentDate, asOf,
                For(TransferKinds.Premium, buyer, provider), t => t.Amount);
            checks.Add(new CapPaymentCheck(TransferKinds.Premium, buyer, provider, null, premium, premium.Status.Name()));
        }
        foreach (var period in CapEngine.Evaluate(cap, asOf))
        {
            if (period.Amount is not decimal amount)
            {
                checks.Add(new CapPaymentCheck(Number(period), provider, buyer, period, null, period.Status.Name()));
                continue;
            }
            var settlement = Settlement.Judge(amount, period.PaymentDate, asOf, For(Number(period), provider, buyer), t => t.Amount);
            checks.Add(new CapPaymentCheck(Number(period), provider, buyer, period, settlement, settlement.Status.Name()));
        }
        return checks;
    }

    private static string Number(CapPeriod period) => period.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
