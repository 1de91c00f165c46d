using Reporting.Cap;
using Reporting.Ledger;
using Reporting.Tests.Support;
using static Reporting.Tests.Ledger.LedgerFixture;

namespace Reporting.Tests.Ledger;

/// <summary>
/// Cap amounts owed against cap payments received (Confirmation Part II). The base deal's period 1
/// runs 2006-09-25 to 2006-10-25 (30 days) on a Notional Amount of 571,825,082.60 with a Cap Strike
/// of 7.86%; its rate is fixed on 2006-09-21 (two London days before the Reset Date) and it is paid
/// on 2006-10-24 (one New York Business Day before the Period End Date). With a fixing of 8.86%
/// the Floating Amount is 571,825,082.60 × 30/360 × 1.00% = 476,520.902 → 476,520.90.
/// </summary>
public sealed class CapPaymentTests : IDisposable
{
    private readonly TempDeal deal = new("gmacm-2006-he3");

    private CapInputs Cap()
    {
        deal.Write("fixings.csv", "index,fixing_date,rate_percent\nUSD-LIBOR-BBA-1M,2006-09-21,8.86\n");
        return CapInputs.Load(deal.Folder);
    }

    [Fact]
    public void A_floating_amount_received_two_days_late_is_late()
    {
        var checks = CapPaymentReconciler.Reconcile(Cap(),
            new[] { T("2006-10-26 JPMC Counterparty cap-payment cash 476520.90 1") }, D("2006-10-31"));
        var first = checks.Single(c => c.Reference == "1");
        Assert.Equal((476_520.90m, D("2006-10-24"), "late", D("2006-10-26")),
            (first.Settlement!.Amount, first.Settlement.DueDate, first.Status, first.Settlement.SettledOn!.Value));
    }

    [Fact]
    public void A_payment_for_another_period_or_from_the_wrong_party_does_not_count()
    {
        var checks = CapPaymentReconciler.Reconcile(Cap(), new[]
        {
            T("2006-10-24 JPMC Counterparty cap-payment cash 476520.90 2"),
            T("2006-10-24 Counterparty JPMC cap-payment cash 476520.90 1"),
        }, D("2006-10-31"));
        Assert.Equal("unpaid", checks.Single(c => c.Reference == "1").Status);
    }

    [Fact]
    public void The_premium_is_owed_by_the_counterparty_on_its_payment_date_and_later_periods_wait_for_their_rate()
    {
        // Fixed Amount USD 10,000.00 due 2006-08-30; 9,000 received: short by 1,000.
        var checks = CapPaymentReconciler.Reconcile(Cap(), new[] { T("2006-08-30 Counterparty JPMC cap-payment cash 9000 premium") }, D("2006-10-31"));
        var premium = checks.Single(c => c.Reference == "premium");
        Assert.Equal(("Counterparty", "JPMC", "short", 1_000m), (premium.Payer, premium.Receiver, premium.Status, premium.Settlement!.Outstanding));
        // Period 2 fixes on 2006-10-23 and has no published rate in this file: missing, not zero.
        Assert.Equal("missing-fixing", checks.Single(c => c.Reference == "2").Status);
    }

    public void Dispose() => deal.Dispose();
}
