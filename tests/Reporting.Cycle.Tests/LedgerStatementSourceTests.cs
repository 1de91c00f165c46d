using NodaTime;
using Reporting.Cycle;
using Reporting.Cycle.Models;
using Reporting.Cycle.Planning;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>The statement's ledger exceptions for the downgrade scenario's transfers.csv, worked from its README timeline.</summary>
public class LedgerStatementSourceTests
{
    private static List<object> Exceptions(int year, int month, LocalDate statementDate)
    {
        var context = MonthlyCycle.Prepare(new RunRequest(Repo.Deal("gmacm-2006-he3-downgrade"), new YearMonth(year, month),
            Repo.Path("templates"), Path.Combine(Path.GetTempPath(), "unused-run-folder")));
        Assert.Equal(statementDate, context.Results.StatementDate);
        var parts = new LedgerStatementSource().Contribute(context, new StatementParts(null, null, null, null, new List<object>()));
        return parts.Exceptions;
    }

    [Fact]
    public void The_premium_paid_34_days_late_is_a_break_of_the_month_it_arrived()
    {
        // Fixed Amount USD 10,000.00 due 2006-08-30, received 2006-10-03; the October statement is dated the month's last business day, Tuesday 2006-10-31.
        var premium = Assert.Single(Exceptions(2006, 10, new LocalDate(2006, 10, 31)).OfType<CapPaymentException>());
        Assert.Equal((null, "JPMorgan Chase Bank, National Association"), (premium.Period, premium.Payer));
        Assert.Equal(new SettlementModel("late", 10_000.00m, new LocalDate(2006, 8, 30), new LocalDate(2006, 10, 3), 0m, 10_000.00m, 0m), premium.Settlement);
    }

    [Fact]
    public void The_missed_call_of_24_August_shows_in_September_with_its_notice_and_grace()
    {
        // Called 27 Aug, due Tue 28 Aug; notice Wed 29 Aug; grace Thu 30 and Fri 31 Aug. Part III(2)(c)
        // disapplies Section 5(a)(iii): no Event of Default.
        var exceptions = Exceptions(2007, 9, new LocalDate(2007, 9, 28)); // a Friday: 29-30 September are a weekend
        Assert.Contains(new CollateralCallException("delivery", new LocalDate(2007, 8, 24), "JPMorgan Chase Bank",
            new SettlementModel("unpaid", 549_000.00m, new LocalDate(2007, 8, 28), null, 0m, 0m, 549_000.00m)), exceptions);
        Assert.Contains(new FailureToTransferException("delivery", new LocalDate(2007, 8, 24), 549_000.00m, new LocalDate(2007, 8, 28),
            new LocalDate(2007, 8, 29), new LocalDate(2007, 8, 31), "JPMorgan Chase Bank", "no-default-disapplied", null, null, "Section 5(a)(iii)"), exceptions);
        // The transfers roll forward to the holdings of every Valuation Date: no holdings break.
        Assert.Empty(exceptions.OfType<HoldingsException>());
    }
}
