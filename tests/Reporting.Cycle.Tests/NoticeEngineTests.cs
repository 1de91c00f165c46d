using Reporting.Cycle;
using Reporting.Cycle.Planning;
using Reporting.Deals;
using Reporting.Testing;
using Reporting.Tests.Cycle.Approved;
using UglyToad.PdfPig;

namespace Reporting.Tests.Cycle;

/// <summary>
/// The notice clause applied to letters. Expected values come from the confirmation of 30 August
/// 2006: Part III, paragraph 6(a) sends notices to the Counterparty at 227 W. Monroe Street "with a
/// copy to" 100 Witmer Road, Horsham, and names no copy for JPMC; Part III(2)(h) makes the failure
/// an Additional Termination Event "for purposes of Section 5(b)(v)"; the confirmation gives no
/// address for S&amp;P or Moody's, so the sample deal gives their 2007 surveillance addresses (its
/// README); Section 12(a) of the ISDA form bars facsimile for a notice under Section 5 or 6.
/// </summary>
public sealed class NoticeEngineTests
{
    private static DealTerms Downgrade() => DealLoader.LoadTerms(Repo.Deal("gmacm-2006-he3-downgrade"));

    [Fact]
    public void ALetterToTheCounterpartyCarriesItsRequiredCopyAndTheRatingAgencies()
    {
        var deal = Downgrade();
        var notice = NoticeEngine.For(deal, "ratings-event-notice", deal.FindParty("JPMC")!, deal.FindParty("Counterparty")!, "II");

        Assert.Equal(["required", "rating-agency", "rating-agency"], notice.Copies.Select(c => c.Kind));
        Assert.Equal(["100 Witmer Road", "Horsham, PA 19044"], notice.Copies[0].Address!.Address);
        Assert.Equal("Janet Marrone", notice.Copies[0].Address!.Attention);
        Assert.Equal(["Standard & Poor's Ratings Services", "Moody's Investors Service, Inc."], notice.Copies.Skip(1).Select(c => c.Party));
        Assert.Equal(["55 Water Street", "New York, NY 10041"], notice.Copies[1].Address!.Address);
        Assert.Equal("Residential Mortgage Surveillance Group", notice.Copies[1].Address!.Attention);
        Assert.Equal(["7 World Trade Center, 250 Greenwich Street", "New York, NY 10007"], notice.Copies[2].Address!.Address);
        Assert.Empty(notice.Exceptions);
        Assert.Equal("Part III(2)(i)(II)", notice.Clauses.Event);
        Assert.Equal(new NodaTime.LocalDate(2006, 8, 30), notice.Agreement!.Date);
        Assert.Equal(new NodaTime.LocalDate(2006, 8, 24), notice.Agreement.TradeDate);
        Assert.Equal(["facsimile", "courier"], notice.Delivery);
    }

    [Fact]
    public void ATerminationNoticeToJpmcHasNoRequiredCopyCitesTheSectionsAndGoesByCourier()
    {
        var deal = Downgrade();
        var notice = NoticeEngine.For(deal, "termination-event-notice", deal.FindParty("Counterparty")!, deal.FindParty("JPMC")!, "II");

        Assert.DoesNotContain(notice.Copies, c => c.Kind == "required");
        Assert.Equal(["courier"], notice.Delivery);
        Assert.Equal("Part III(2)(h)", notice.Clauses.AdditionalTerminationEvent);
        Assert.Equal(["Section 5(b)(v)", "Section 6(b)"], notice.Clauses.TerminationSections);
        Assert.Contains("Indenture Trustee", notice.Signature.Capacity);
    }

    [Fact]
    public void AnAgencyWithoutAnAddressIsCopiedByNameAndIsAnException()
    {
        using var temp = WithoutMoodysAddress();
        var deal = DealLoader.LoadTerms(temp.Folder);
        var notice = NoticeEngine.For(deal, "collateral-demand", deal.FindParty("Counterparty")!, deal.FindParty("JPMC")!, "II");

        Assert.Null(notice.Copies.Single(c => c.Party == "Moody's Investors Service, Inc.").Address);
        Assert.Equal(["55 Water Street", "New York, NY 10041"], notice.Copies.Single(c => c.Party == "Standard & Poor's Ratings Services").Address!.Address);
        // The missing address is an exception, never a silent omission.
        var missing = Assert.Single(notice.Exceptions);
        Assert.Equal(("no-notice-address", "Moody's Investors Service, Inc."), (missing.Kind, missing.Party));
    }

    [Fact]
    public void TheStatementAndTheMemoListAnAgencyWithoutAnAddress()
    {
        // August 2007 copies the notice and the demand of Ratings Event II to the agencies.
        using var temp = WithoutMoodysAddress();
        using var run = new ScratchRunOf(temp.Folder, "2007-08");
        const string Exception = "Moody's Investors Service, Inc. has no notice address in the deal's terms";

        Assert.Contains(Exception, Text(Path.Combine(run.Folder, "documents", "trustee-statement-2007-08.pdf")));
        Assert.Contains(Exception, Text(Path.Combine(run.Folder, "documents", "ratings-event-ii-2007-08-14-notice-memo.pdf")));
        Assert.DoesNotContain("Standard & Poor's Ratings Services has no notice address", Text(Path.Combine(run.Folder, "documents", "trustee-statement-2007-08.pdf")));
    }

    /// <summary>The downgrade scenario with Moody's notice address taken out of its terms.</summary>
    internal static TempDeal WithoutMoodysAddress()
    {
        var temp = new TempDeal("gmacm-2006-he3-downgrade");
        temp.Replace("deal.yaml", "    notices:\n      name: Moody's Investors Service, Inc.\n      address:\n        - 7 World Trade Center, 250 Greenwich Street\n        - New York, NY 10007\n      attention: Residential Mortgage Monitoring\n", "");
        return temp;
    }

    [Fact]
    public void ClauseNumbersComeFromTheDealSoAnotherConfirmationsNumberingPrints()
    {
        // A confirmation that numbers its parts differently: the letter cites what the deal says.
        using var temp = new TempDeal("gmacm-2006-he3-downgrade");
        temp.Replace("deal.yaml", "additional_termination_event: Part III(2)(h)", "additional_termination_event: Part 5(k)");
        temp.Replace("deal.yaml", "ratings_events: {I: Part III(2)(i)(I), II: Part III(2)(i)(II)}", "ratings_events: {I: Part 5(m)(1), II: Part 5(m)(2)}");
        using var run = new ScratchRunOf(temp.Folder, "2007-11");
        var text = Text(Path.Combine(run.Folder, "documents", "ratings-event-ii-2007-11-06-termination-event.pdf"));

        Assert.Contains("Part 5(k)", text);
        Assert.Contains("Part 5(m)(2)", text);
        Assert.DoesNotContain("Part III(2)(h)", text);
        Assert.Contains("Section 5(b)(v) and Section 6(b)", text);
    }

    [Fact]
    public void TheTerminationNoticeStatesOnlyFailuresThatExistOnItsDate()
    {
        // Dated November 15, 2007, the day after the notice deadline (14 November: 5 New York
        // business days after 6 November, 12 November being Veterans Day);
        // the transfer deadline of 21 November has not yet passed, and the guarantee of
        // 19 November has not yet been given.
        using var run = new ScratchRun("gmacm-2006-he3-downgrade", "2007-11");
        var text = Text(Path.Combine(run.Folder, "documents", "ratings-event-ii-2007-11-06-termination-event.pdf"));

        Assert.Contains("notice of the event was due by November 14, 2007 and was given only on November 15, 2007", text);
        Assert.DoesNotContain("21 November", text);
        Assert.DoesNotContain("19 November", text);
        Assert.Contains("100 Witmer Road", Text(Path.Combine(run.Folder, "documents", "ratings-event-ii-2007-11-06-notice.pdf")));
    }

    [Fact]
    public void TheDemandNotesCollateralAlreadyPostedUnderEventIAndStatesTheAmount()
    {
        // Event I was remedied by posting from June 15, 2007 (actions.csv); on the Valuation Date of
        // August 24, 2007 the Credit Support Amount 9,168,746.03 less the Value 8,620,078.56 is
        // 548,667.47, rounded up to a multiple of 1,000: 549,000.00 (README of the scenario).
        using var run = new ScratchRun("gmacm-2006-he3-downgrade", "2007-08");
        var text = Text(Path.Combine(run.Folder, "documents", "ratings-event-ii-2007-08-14-collateral-demand.pdf"));

        Assert.Contains("since June 15, 2007", text);
        Assert.Contains("only to the extent", text);
        Assert.Contains("USD 9,168,746.03", text);
        Assert.Contains("USD 8,620,078.56", text);
        Assert.Contains("USD 549,000.00", text);
    }

    private static string Text(string pdf)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        return string.Join(" ", document.GetPages().SelectMany(PdfText.Lines));
    }

    /// <summary>A run of a deal folder outside the repository's samples.</summary>
    private sealed class ScratchRunOf : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("reporting-run-").FullName;

        public ScratchRunOf(string dealFolder, string period)
        {
            Folder = Path.Combine(_root, "run");
            var month = NodaTime.Text.YearMonthPattern.Iso.Parse(period).GetValueOrThrow();
            MonthlyCycle.Run(new RunRequest(dealFolder, month, Repo.Path("templates"), Folder));
        }

        public string Folder { get; }

        public void Dispose()
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
        }
    }
}
