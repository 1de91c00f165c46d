using System.Text.Json;
using NodaTime;
using Reporting.Cycle;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// One run says one thing: the trustee statement, the cap workbook and the collateral workbook of a
/// month are known as of the same day, and agree on what is paid and what is due.
/// </summary>
public sealed class RunConsistencyTests
{
    public static TheoryData<string, int, int> Months() => new()
    {
        { "gmacm-2006-he3-downgrade", 2007, 7 },   // period 10, paid on 2007-07-24
        // Period 11 (Payment Date 2007-08-24): once "due" in the statement dated that day and "paid"
        // in the cap workbook dated the month's end; a short delivery and a missed call.
        { "gmacm-2006-he3-downgrade", 2007, 8 },
        { "gmacm-2006-he3-downgrade", 2007, 9 },   // the Counterparty's short return
        { "gmacm-2006-he3-downgrade", 2008, 1 },   // the last Valuation Date (25th) before the month's last business day (31st)
        { "gmacm-2006-he3-downgrade", 2006, 10 },  // the late premium
        { "corridor-2007-payment-dates", 2007, 6 },
        { "bny-2007-corridor", 2007, 9 },
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void TheStatementAndTheWorkbooksAgreeOnWhatIsPaidAndDue(string dealId, int year, int month)
    {
        using var scratch = new TemporaryFolder();
        var outputs = MonthlyCycle.Plan(MonthlyCycle.Prepare(new RunRequest(Repo.Deal(dealId), new YearMonth(year, month),
            Repo.Path("templates"), scratch.Combine("run"))));
        var statement = outputs.Single(o => o.Kind == "trustee-statement").Model;
        var capBook = outputs.Single(o => o.Kind == "cap-schedule").Model;

        // Both are dated and known on the month's last business day.
        var knownOn = statement.GetProperty("document").GetProperty("information_as_of").GetString();
        Assert.Equal(statement.GetProperty("document").GetProperty("date").GetString(), knownOn);
        Assert.Equal(knownOn, capBook.GetProperty("document").GetProperty("information_as_of").GetString());

        var workbookPeriods = capBook.GetProperty("periods").EnumerateArray().ToDictionary(p => p.GetProperty("period").GetInt32());
        var statementPeriods = statement.GetProperty("cap").GetProperty("to_date").EnumerateArray().ToArray();
        Assert.NotEmpty(statementPeriods);
        foreach (var p in statementPeriods)
        {
            var n = p.GetProperty("period").GetInt32();
            Assert.Equal(p.GetProperty("status").GetString(), workbookPeriods[n].GetProperty("status").GetString());
            Assert.Equal(p.GetProperty("amount").ToString(), workbookPeriods[n].GetProperty("amount").ToString());
        }

        if (outputs.SingleOrDefault(o => o.Kind == "collateral-valuation") is not { } collateral) return;
        var book = collateral.Model;
        Assert.Equal(knownOn, book.GetProperty("document").GetProperty("information_as_of").GetString());
        // Each call the workbook shows as a break is an exception of the statement, and each call the
        // statement lists for a Valuation Date of the month is a break in the workbook.
        // The statement's exceptions are typed facts; a collateral call's carries its Valuation Date.
        var exceptions = statement.GetProperty("exceptions").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "collateral-call")
            .Select(e => e.GetProperty("valuation_date").GetString()!).ToArray();
        var calls = book.GetProperty("ledger").GetProperty("calls").EnumerateArray().ToArray();
        foreach (var call in calls)
        {
            var date = call.GetProperty("valuation_date").GetString();
            bool broken = call.GetProperty("status").GetString() is "late" or "short" or "unpaid";
            bool listed = exceptions.Contains(date);
            Assert.True(broken == listed, $"the call of {date} is '{call.GetProperty("status").GetString()}' in the workbook but {(listed ? "is" : "is not")} an exception of the statement");
        }
    }
}
