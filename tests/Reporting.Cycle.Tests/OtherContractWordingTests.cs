using NodaTime;
using Reporting.Cycle;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// Documents follow each deal's own terms, not the one confirmation they were first written for
/// (the GMACM 2006-HE3 cap): a provider with no notice address, strikes with more than two
/// decimals (Schedule I of the 2007 BNY corridor confirmations states strikes such as 7.8625%),
/// the fixing calendar named in words, and a purchase window closing on another Business Day.
/// </summary>
public sealed class OtherContractWordingTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3");

    [Fact]
    public void A_provider_with_no_notice_address_gets_a_confirmation_and_exact_strikes()
    {
        // Drop JPMC's notices block: the confirmation must still render.
        var yaml = File.ReadAllText(_deal.Path("deal.yaml"));
        int start = yaml.IndexOf("    notices:\n", StringComparison.Ordinal);
        int end = yaml.IndexOf("  Counterparty:\n", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        File.WriteAllText(_deal.Path("deal.yaml"), yaml[..start] + yaml[end..]);
        // Period 1 of Schedule I with a four-decimal strike.
        _deal.Replace("schedule.csv", "2006-09-25,2006-10-25,571825082.60,7.86", "2006-09-25,2006-10-25,571825082.60,7.8625");

        var text = Confirmation();
        Assert.Contains("Notices to JPMC go to the address it gives the Counterparty in writing;", text);
        Assert.Contains("7.8625%", text);
        Assert.Contains("7.60%", text);   // period 2 as agreed, two decimals
        Assert.Contains("2 London Banking Days earlier", text);
        Assert.DoesNotContain("GBLO", text);
    }

    private string Confirmation()
    {
        var output = Path.Combine(_deal.Folder, "run");
        MonthlyCycle.Run(new RunRequest(_deal.Folder, new YearMonth(2006, 8), Repo.Path("templates"), output));
        return string.Join(" ", PdfText.Describe(File.ReadAllBytes(Path.Combine(output, "documents", "confirmation.pdf"))).Split('\n'));
    }

    public void Dispose() => _deal.Dispose();
}

/// <summary>The eligibility report words the deal's own window (RAMP 2006-RS3 Amendment No. 1, Section 4.07(a), with another closing day).</summary>
public sealed class PurchaseWindowWordingTests : IDisposable
{
    private readonly TempDeal _deal = new("ramp-2006-rs3");

    [Theory]
    [InlineData(2, "the close of business on the second-to-last Business Day of that quarter")]
    [InlineData(1, "the close of business on the last Business Day of that quarter")]
    [InlineData(3, "the close of business on the third-to-last Business Day of that quarter")]
    public void The_report_states_the_closing_day_the_deal_sets(int fromEnd, string expected)
    {
        _deal.Replace("deal.yaml", "window_closes_on_business_day_from_end: 2", $"window_closes_on_business_day_from_end: {fromEnd}");
        var output = Path.Combine(_deal.Folder, "run");
        MonthlyCycle.Run(new RunRequest(_deal.Folder, new YearMonth(2006, 11), Repo.Path("templates"), output));
        var report = Directory.GetFiles(Path.Combine(output, "documents"), "eligibility-report-*.pdf").Single();
        var text = string.Join(" ", PdfText.Describe(File.ReadAllBytes(report)).Split('\n'));
        Assert.Contains(expected, text);
        Assert.Contains("from the first Business Day of the next Calendar Quarter", text);
    }

    [Fact]
    public void The_release_sentence_cites_only_the_sub_clause_the_deal_names()
    {
        // RAMP 2006-RS3 names Section 4.07(b) for the assignment after a Servicing Officer's certificate;
        // a deal that names none gets the rule without another deal's citation.
        _deal.Replace("deal.yaml", "  release_section: Section 4.07(b)", "");
        var output = Path.Combine(_deal.Folder, "run");
        MonthlyCycle.Run(new RunRequest(_deal.Folder, new YearMonth(2006, 11), Repo.Path("templates"), output));
        var report = Directory.GetFiles(Path.Combine(output, "documents"), "eligibility-report-*.pdf").Single();
        var text = string.Join(" ", PdfText.Describe(File.ReadAllBytes(report)).Split('\n'));
        Assert.Contains("Once the Purchase Price is deposited and a Servicing Officer certifies the deposit, the Trustee assigns the purchased loan to Residential Funding Corporation.", text);
        Assert.DoesNotContain("4.07(b)", text);
    }

    public void Dispose() => _deal.Dispose();
}

/// <summary><c>percent_figure</c> on contract figures: a strike, ceiling or Factor prints as the deal states it, never rounded.</summary>
public sealed class ContractPercentFigureTests
{
    [Theory]
    [InlineData("7.86", 0, "7.86%")]
    [InlineData("7.8625", 0, "7.8625%")]   // a four-place strike keeps its four places, not 7.86%
    [InlineData("7.60", 0, "7.60%")]       // the trailing zero the contract wrote stays
    [InlineData("7", 2, "7.00%")]          // a whole-number Factor in a column of two-place figures
    [InlineData("3.125", 2, "3.125%")]     // the minimum never cuts places off
    public void As_stated_and_at_least_the_minimum(string figure, int minimum, string expected) =>
        Assert.Equal(expected, Reporting.Templating.FormatFunctions.PercentFigure(decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), minimum));
}
