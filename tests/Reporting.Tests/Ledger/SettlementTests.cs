using Reporting.Ledger;
using static Reporting.Tests.Ledger.LedgerFixture;

namespace Reporting.Tests.Ledger;

/// <summary>An amount due against what arrived: paid, late, short, unpaid, due. Worked by hand.</summary>
public class SettlementTests
{
    private static Settlement Judge(decimal amount, string due, string asOf, params string[] transfers) =>
        Settlement.Judge(amount, D(due), D(asOf), transfers.Select(T), t => t.Amount);

    [Fact]
    public void Received_in_full_on_the_due_date_is_paid()
    {
        // 600 + 400 = 1,000 by 2007-06-05, the due date itself.
        var s = Judge(1_000m, "2007-06-05", "2007-06-30",
            "2007-06-04 JPMC Counterparty cap-payment cash 600 1", "2007-06-05 JPMC Counterparty cap-payment cash 400 1");
        Assert.Equal((SettlementStatus.Paid, 1_000m, D("2007-06-05")), (s.Status, s.ReceivedByDue, s.SettledOn!.Value));
    }

    [Fact]
    public void Completed_after_the_due_date_is_late()
    {
        // 600 by the due date, the other 400 a day later: in full on 2007-06-06.
        var s = Judge(1_000m, "2007-06-05", "2007-06-30",
            "2007-06-05 JPMC Counterparty cap-payment cash 600 1", "2007-06-06 JPMC Counterparty cap-payment cash 400 1");
        Assert.Equal((SettlementStatus.Late, 600m, 1_000m, D("2007-06-06")), (s.Status, s.ReceivedByDue, s.Received, s.SettledOn!.Value));
    }

    [Fact]
    public void Part_received_after_the_due_date_is_short_by_the_rest()
    {
        var s = Judge(1_000m, "2007-06-05", "2007-06-30", "2007-06-05 JPMC Counterparty cap-payment cash 600 1");
        Assert.Equal((SettlementStatus.Short, 400m), (s.Status, s.Outstanding));
    }

    [Fact]
    public void Nothing_received_after_the_due_date_is_unpaid_and_a_transfer_after_the_as_of_date_is_not_yet_known()
    {
        var s = Judge(1_000m, "2007-06-05", "2007-06-07", "2007-06-08 JPMC Counterparty cap-payment cash 1000 1");
        Assert.Equal((SettlementStatus.Unpaid, 0m), (s.Status, s.Received));
    }

    [Fact]
    public void Before_or_on_the_due_date_an_unreceived_amount_is_due()
    {
        Assert.Equal(SettlementStatus.Due, Judge(1_000m, "2007-06-05", "2007-06-05").Status);
        // Nothing owed: settled once its date has passed, as a zero cap payment always was.
        Assert.Equal(SettlementStatus.Paid, Judge(0m, "2007-06-05", "2007-06-06").Status);
    }
}
