using Reporting.Deals;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Tests.DealFiles;

/// <summary>
/// <c>reading_clauses:</c>: the clause each reading concerns is the deal's to cite, as its own
/// contracts number it. The expected citations are those of the GMACM 2006-HE3 confirmation's
/// Annex A (Paragraph 13(h), Interest Amount) and of Amendment No. 1 to the RAMP 2006-RS3 agreement
/// (Section 4.07(a)), as the sample deals record them; Carrington's folder records none.
/// </summary>
public sealed class ReadingClausesTests
{
    [Fact]
    public void A_reading_carries_the_clause_its_deal_cites_and_none_where_the_deal_cites_none()
    {
        var gmacm = DealLoader.LoadTerms(Repo.Deal("gmacm-2006-he3")).Interpretations;
        var ramp = DealLoader.LoadTerms(Repo.Deal("ramp-2006-rs3")).Interpretations;
        var carrington = DealLoader.LoadTerms(Repo.Deal("carrington-2006-nc5-csa")).Interpretations;

        Assert.Equal("Annex A, Paragraph 13(h)", gmacm.Find("collateral.interest-period")!.Clause);
        Assert.Equal("Amendment No. 1, Section 4.07(a)", ramp.Find("loans.off-tape")!.Clause);
        Assert.Null(carrington.Find("collateral.interest-period")!.Clause);
        Assert.Null(ramp.Find("collateral.interest-period")!.Clause);
    }

    [Fact]
    public void An_unknown_reading_or_an_empty_citation_is_an_error_at_its_key()
    {
        using var deal = new TempDeal("ramp-2006-rs3");
        deal.Replace("deal.yaml", "  loans.off-tape: Amendment No. 1, Section 4.07(a)", "  loans.off-tape: ' '\n  loans.no-such-reading: Section 9");

        var exception = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));

        var errors = exception.Errors.Select(e => e.ToString()).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, e => e.Contains("reading_clauses.loans.off-tape: expected the clause the reading concerns", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("reading_clauses.loans.no-such-reading: unknown reading (known: cap.missing-fixing,", StringComparison.Ordinal));
    }
}
