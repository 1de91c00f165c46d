using Reporting.Ledger;
using static Reporting.Tests.Ledger.LedgerFixture;

namespace Reporting.Tests.Ledger;

/// <summary>
/// Delivery Amounts against transfers, failure to transfer and its Event of Default (1994 CSA
/// Paragraphs 3, 4(b), 7(i); Paragraph 13(b)(iv)(B)). Fixture: Threshold 0 until 2007-06-11,
/// Exposure 250,000, nothing posted, so Valuation Date Friday 2007-06-01 calls 250,000
/// (already a multiple of 1,000 and above the MTA of 100,000): notified Monday 06-04, due Tuesday 06-05.
/// </summary>
public class CollateralCallTests
{
    [Fact]
    public void A_delivery_on_its_due_date_meets_the_call()
    {
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored(),
            "2007-06-05 JPMC Counterparty collateral-delivery cash 250000 2007-06-01"), D("2007-06-08"));
        var call = result.Calls.First();
        Assert.Equal((D("2007-06-01"), 250_000m, D("2007-06-04"), D("2007-06-05"), SettlementStatus.Paid),
            (call.ValuationDate, call.Settlement.Amount, call.NotificationDate, call.Settlement.DueDate, call.Settlement.Status));
        Assert.DoesNotContain(result.Failures, f => f.Reference == D("2007-06-01"));
    }

    [Fact]
    public void A_missed_call_is_noticed_the_next_business_day_and_defaults_after_two_more()
    {
        // Due Tue 06-05, nothing sent. Notice Wed 06-06; grace Thu 06-07 and Fri 06-08;
        // the Event of Default begins Sat 06-09 and continues (never cured).
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored()), D("2007-06-15"));
        var failure = result.Failures.First(f => f.Reference == D("2007-06-01"));
        Assert.Equal(("delivery", "JPMC", 250_000m, D("2007-06-06"), D("2007-06-08"), D("2007-06-09")),
            (failure.Obligation, failure.FailingParty, failure.MissingAtDue, failure.NoticeDate, failure.GraceEnd, failure.EventOfDefaultFrom!.Value));
        Assert.Equal(SettlementStatus.Unpaid, result.Calls.First().Settlement.Status);
    }

    [Fact]
    public void An_event_of_default_makes_the_threshold_zero_when_the_ratings_would_make_it_infinite()
    {
        // On 2007-06-15 JPMC is Aa2 again: the ratings alone give an infinite Threshold and no call.
        // The Event of Default of 06-09 continues, so the Threshold is 0: CSA = 250,000 - 0, posted 0,
        // Delivery Amount 250,000.
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored()), D("2007-06-15"));
        var june15 = result.Valuations.Single(v => v.ValuationDate == D("2007-06-15"));
        Assert.Equal((0m, 250_000m, 250_000m), (june15.Threshold.Amount!.Value, june15.CreditSupportAmount!.Value, june15.DeliveryAmount!.Value));
        Assert.Equal("event-of-default", june15.Threshold.Kind);

        // 06-08 falls before the Event of Default: its Threshold is 0 from the ratings (A2 still).
        Assert.NotEqual("event-of-default", result.Valuations.Single(v => v.ValuationDate == D("2007-06-08")).Threshold.Kind);
    }

    [Fact]
    public void Without_the_event_of_default_the_restored_ratings_give_an_infinite_threshold()
    {
        var data = DowngradedThenRestored();
        data = data with { Terms = data.Terms with { FailureToTransfer = FailureToTransferTerms.Standard(data.Terms.LocalBusinessDays) with { EventOfDefault = false } } };
        var result = LedgerEngine.Reconcile(LedgerOf(data), D("2007-06-15"));
        Assert.Null(result.Failures.First().EventOfDefaultFrom);
        var june15 = result.Valuations.Single(v => v.ValuationDate == D("2007-06-15"));
        Assert.Null(june15.Threshold.Amount);
        Assert.Equal(0m, june15.DeliveryAmount!.Value);
    }

    [Fact]
    public void A_late_delivery_within_the_grace_period_is_a_cured_failure_without_default()
    {
        // 250,000 arrives Thu 06-07, after the due date 06-05 but by the end of grace 06-08.
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored(),
            "2007-06-07 JPMC Counterparty collateral-delivery cash 250000 2007-06-01"), D("2007-06-15"));
        var failure = result.Failures.First(f => f.Reference == D("2007-06-01"));
        Assert.Equal((D("2007-06-07"), (NodaTime.LocalDate?)null), (failure.CuredOn!.Value, failure.EventOfDefaultFrom));
        Assert.Equal(SettlementStatus.Late, result.Calls.First().Settlement.Status);
    }

    [Fact]
    public void A_short_delivery_leaves_the_rest_missing()
    {
        // 150,000 of 250,000 on time: short by 100,000.
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored(),
            "2007-06-05 JPMC Counterparty collateral-delivery cash 150000 2007-06-01"), D("2007-06-08"));
        var call = result.Calls.First();
        Assert.Equal((SettlementStatus.Short, 100_000m), (call.Settlement.Status, call.Settlement.Outstanding));
        Assert.Equal(100_000m, result.Failures.First().MissingAtDue);
    }

    [Fact]
    public void A_security_counts_at_its_valuation_percentage()
    {
        // A Treasury of 2012-05-31 delivered 2007-06-05, described on its transfer row, has about
        // 5 years to run: 86%. Market value 290,000 × 86% = 249,400 < 250,000: short by 600.
        var ledger = LedgerOf(DowngradedThenRestored(), "2007-06-05 JPMC Counterparty collateral-delivery 912828GW 290000 2007-06-01");
        ledger = ledger with { Transfers = [ledger.Transfers[0] with { Security = new SecurityDescription("ust", "US Treasury", D("2012-05-31")) }] };
        var call = LedgerEngine.Reconcile(ledger, D("2007-06-06")).Calls.First();
        Assert.Equal((249_400m, SettlementStatus.Short), (call.Settlement.Received, call.Settlement.Status));
    }

    [Fact]
    public void A_security_is_not_valued_from_a_holdings_line_dated_after_the_as_of_date()
    {
        // The same Treasury, not described on its row: on 2007-06-06 only the holdings line of
        // 2007-06-08 says what it is, and that is not yet known, so nothing counts yet; on
        // 2007-06-08 it is, and the delivery counts 249,400 as above.
        var holdings = new[] { Collateral.CollateralFixture.Holding("2007-06-08", "ust", "912828GW", "US Treasury", "2012-05-31", 290_000m) };
        var ledger = LedgerOf(DowngradedThenRestored(holdings), "2007-06-05 JPMC Counterparty collateral-delivery 912828GW 290000 2007-06-01");
        var before = LedgerEngine.Reconcile(ledger, D("2007-06-06")).Calls.First();
        Assert.Equal((0m, SettlementStatus.Unpaid), (before.Settlement.Received, before.Settlement.Status));
        var after = LedgerEngine.Reconcile(ledger, D("2007-06-08")).Calls.First();
        Assert.Equal((249_400m, SettlementStatus.Short), (after.Settlement.ReceivedByDue, after.Settlement.Status));
    }
}
