using Reporting.Documents.Diagnostics;
using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Model;
using Reporting.Documents.Tests.Support;
using Reporting.Documents.Text;
using Reporting.RunFormat;

namespace Reporting.Documents.Tests.Layout;

public class DocumentLayoutTests
{
    // A 300 x 200 page with 10-point margins: 280 x 180 of content.
    private static readonly PageSetup _smallPage = new(300, 200, 10, 10, 10, 10) { SlotSpacing = 5 };

    [Fact]
    public void The_body_gets_the_page_less_margins_header_footer_and_their_spacing()
    {
        var header = new FakeElement("header", 2);
        var footer = new FakeElement("footer", 1);
        var body = new FakeElement("body", 30);
        var document = new Document { SourceName = "test", Page = _smallPage, Header = header, Footer = footer, Body = body };

        var pages = Harness.Pages(document);

        // 180 - (20 + 5) - (10 + 5) = 140: fourteen lines a page, so 30 lines take three pages.
        Assert.Equal(3, pages.Count);
        Assert.All(body.MeasureCalls, size => Assert.Equal(new Size(280, 140), size));
        Assert.Equal([(1, 0, 14), (2, 14, 14), (3, 28, 2)], body.Draws);
        Assert.Equal([1, 2, 3], header.Draws.Select(d => d.Page));
        Assert.Equal([1, 2, 3], footer.Draws.Select(d => d.Page));
    }

    [Fact]
    public void The_body_is_drawn_below_the_header_and_the_footer_at_the_foot()
    {
        var document = new Document
        {
            SourceName = "test", Page = _smallPage,
            Header = new FakeElement("header", 2), Footer = new FakeElement("footer", 1), Body = new FakeElement("body", 1),
        };

        var page = Harness.Pages(document).Single();

        Assert.Contains(("header", 10f, 10f), page.Texts);
        Assert.Contains(("body", 10f, 35f), page.Texts);
        Assert.Contains(("footer", 10f, 180f), page.Texts);
    }

    [Fact]
    public void Page_count_is_known_in_the_second_pass()
    {
        var style = TextStyle.Default;
        var footer = new Paragraph([InlineRun.Literal("Page ", style), new InlineRun(InlineKind.PageNumber, "", style),
            InlineRun.Literal(" of ", style), new InlineRun(InlineKind.PageCount, "", style)]);
        var document = new Document { SourceName = "test", Page = _smallPage, Footer = footer, Body = new FakeElement("body", 30) };

        var pageCount = Harness.Pages(document).Count;
        var pages = Harness.Pages(document, pageCount);

        var footerTexts = pages.Select(p => string.Join(" ", p.Texts.Where(t => t.Text != "body").Select(t => t.Text))).ToList();
        Assert.Equal(["Page 1 of 2", "Page 2 of 2"], footerTexts);
    }

    [Fact]
    public void A_header_that_does_not_fit_is_an_error()
    {
        var document = new Document
        {
            SourceName = "test", Page = _smallPage,
            Header = new FakeElement("header", 40, splittable: false) { Source = new SourceLocation("t.sbn", 3, 5) },
            Body = new FakeElement("body", 1),
        };

        var error = Assert.Throws<DocumentError>(() => Harness.Pages(document));

        Assert.Equal(new Diagnostic("t.sbn", 3, 5, "the header does not fit on a page"), error.First);
    }

    [Fact]
    public void Content_that_can_never_fit_names_where_it_came_from()
    {
        var tooTall = new KeepTogether(new FakeElement("block", 30)) { Source = new SourceLocation("t.sbn", 7, 3) };
        var body = new Column([new FakeElement("intro", 2), tooTall]) { Source = new SourceLocation("t.sbn", 1, 1) };
        var document = new Document { SourceName = "test", Page = _smallPage, Body = body };

        var error = Assert.Throws<DocumentError>(() => Harness.Pages(document));

        Assert.Equal(("t.sbn", 7, 3), (error.First.File, error.First.Line, error.First.Column));
        Assert.Contains("cannot fit", error.First.Message);
    }
}
