using NodaTime;
using Reporting.Cycle;
using Reporting.Cycle.Planning;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>The statement's ledger exceptions for the downgrade scenario's transfers.csv, worked from its README timeline.</summary>
public class LedgerStatementSourceTests
{
    private static List<string> Exceptions(int year, int month, LocalDate statementDate)
    {
        var context = MonthlyCycle.Prepare(new RunRequest(Repo.Deal("gmacm-2006-he3-downgrade"), new YearMonth(year, month),
            Repo.Path("templates"), Path.Combine(Path.GetTempPath(), "unused-run-folder")));
        Assert.Equal(statementDate, context.Results.StatementDate);
        var parts = new LedgerStatementSource().Contribute(context, new StatementParts(null, null, null, null, new List<string>()));
        return parts.Exceptions;
    }

    [Fact]
    public void The_premium_paid_34_days_late_is_a_break_of_the_month_it_arrived()
    {
        // Fixed Amount USD 10,000.00 due 2006-08-30, received 2006-10-03; the October statement is dated the month's last business day, Tuesday 2006-10-31.
        Assert.Contains("Fixed Amount (premium) of USD 10,000.00 due from JPMorgan Chase Bank, National Association on 2006-08-30: received in full on 2006-10-03, late (USD 0.00 by the due date).",
            Exceptions(2006, 10, new LocalDate(2006, 10, 31)));
    }

    [Fact]
    public void The_missed_call_of_24_August_shows_in_September_with_its_notice_and_grace()
    {
        // Called 27 Aug, due Tue 28 Aug; notice Wed 29 Aug; grace Thu 30 and Fri 31 Aug. Part III(2)(c)
        // disapplies Section 5(a)(iii): no Event of Default.
        var exceptions = Exceptions(2007, 9, new LocalDate(2007, 9, 28)); // a Friday: 29-30 September are a weekend
        Assert.Contains("Delivery Amount of USD 549,000.00 for the Valuation Date 2007-08-24, due from JPMorgan Chase Bank on 2007-08-28: nothing received (Value at the Valuation Percentages).", exceptions);
        Assert.Contains("Failure to transfer the Delivery Amount of 2007-08-24 (USD 549,000.00 missing on 2007-08-28): notice of the failure due 2007-08-29, grace to 2007-08-31; no Event of Default under this Agreement (Section 5(a)(iii) does not apply).", exceptions);
        // The transfers roll forward to the holdings of every Valuation Date: no holdings break.
        Assert.DoesNotContain(exceptions, e => e.Contains("holdings"));
    }
}
