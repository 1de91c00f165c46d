using System.Text.Json;
using Reporting.Cli;
using Reporting.Cli.Commands;
using Reporting.Deals;
using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>The <c>reporting loans</c> JSON contract (CLI.md) and its table view.</summary>
public class LoansCommandTests
{
    private static readonly string[] _contractFields =
        { "loan_id", "days_delinquent", "became_90_on", "window_start", "window_end", "status", "purchase_price", "purchase_date" };

    private static JsonElement LoanJson(string date, string loanId)
    {
        var report = OptionalPurchaseEngine.Evaluate(LoanInputs.Load(DealLoader.LoadTerms(SampleDealFolder())), NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        var json = global::Reporting.RunFormat.ReportingJson.Serialize(report.Loans.Select(LoansCommand.ToJson).ToArray());
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Single(e => e.GetProperty("loan_id").GetString() == loanId).Clone();
    }

    [Fact]
    public void A_purchased_loan_carries_every_contract_field()
    {
        // RS3-S02 bought 15 Nov 2006 for 208,750.00 in its window 2 Oct - 28 Dec 2006 (crossed 30 Aug).
        var loan = LoanJson("2006-11-15", "RS3-S02");

        foreach (var field in _contractFields) Assert.True(loan.TryGetProperty(field, out _), field);
        Assert.Equal(152, loan.GetProperty("days_delinquent").GetInt32());
        Assert.Equal("2006-08-30", loan.GetProperty("became_90_on").GetString());
        Assert.Equal("2006-10-02", loan.GetProperty("window_start").GetString());
        Assert.Equal("2006-12-28", loan.GetProperty("window_end").GetString());
        Assert.Equal("purchased", loan.GetProperty("status").GetString());
        Assert.Equal(208750.00m, loan.GetProperty("purchase_price").GetDecimal());
        Assert.Equal("2006-11-15", loan.GetProperty("purchase_date").GetString());
        Assert.Equal(0m, loan.GetProperty("price_difference").GetDecimal());
    }

    [Fact]
    public void An_in_window_loan_shows_its_price_as_of_the_status_date_and_no_purchase_date()
    {
        var loan = LoanJson("2007-06-28", "RS3-S04");

        Assert.Equal("in-window", loan.GetProperty("status").GetString());
        Assert.Equal(184333.33m, loan.GetProperty("purchase_price").GetDecimal());
        Assert.Equal(JsonValueKind.Null, loan.GetProperty("purchase_date").ValueKind);
        Assert.Equal(240, loan.GetProperty("price_calculation").GetProperty("days").GetInt32());
    }

    [Fact]
    public void A_purchase_exception_says_why()
    {
        var loan = LoanJson("2008-08-15", "RS3-S13");

        Assert.Equal("purchase-exception", loan.GetProperty("status").GetString());
        Assert.Equal("60 days delinquent at the 2008-07-31 tape, below the 90 days required at purchase", loan.GetProperty("exception_reason").GetString());
        Assert.Equal(JsonValueKind.Null, loan.GetProperty("became_90_on").ValueKind);
    }

    [Fact]
    public void The_table_ends_with_counts_by_status_and_the_interpretations()
    {
        var deal = DealLoader.LoadTerms(SampleDealFolder());
        var report = OptionalPurchaseEngine.Evaluate(LoanInputs.Load(deal), D(2007, 4, 2));
        var output = new StringWriter();

        LoansCommand.WriteTable(deal, report, output);

        var text = output.ToString();
        Assert.Contains("*** SYNTHETIC DATA", text);
        Assert.Contains("Loans by status:", text);
        foreach (var status in new[] { "not-eligible", "awaiting-window", "in-window", "lapsed", "purchased", "purchase-exception" })
            Assert.Contains($"  {status}", text);
        Assert.Contains("loans.cure = brought-current", text);
        Assert.Contains("loans.purchase-price = upb-plus-net-rate-interest", text);
    }
}
