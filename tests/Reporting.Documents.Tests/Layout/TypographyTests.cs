using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Markup;
using Reporting.Documents.Model;
using Reporting.Documents.Output;
using Reporting.Documents.Tests.Support;
using Reporting.Documents.Text;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Documents.Tests.Layout;

/// <summary>
/// Typeset-letter typography, asserted on measured positions: kerning, no orphan or widow lines,
/// headings kept with what follows, signature blocks kept with the text above, no overstretched
/// justified lines.
/// </summary>
public class TypographyTests
{
    // A 300 x 200 page with 10-point margins: 280 x 180 of body.
    private static readonly PageSetup SmallPage = new(300, 200, 10, 10, 10, 10) { SlotSpacing = 5 };

    private static readonly TextStyle Body = TextStyle.Default; // DejaVu Sans 10pt: lines of 13pt at leading 1.3

    [Fact]
    public void Kerned_pairs_sit_closer_than_their_plain_advances()
    {
        var style = Body.WithSize(20);
        // Two styles, so the second word is drawn on its own and its position can be read.
        var paragraph = new Paragraph([InlineRun.Literal("AVATAR ", style), InlineRun.Literal("x", style.Bold())]);
        var (canvas, _) = Harness.Attach(paragraph);
        var size = new Size(500, 100);
        paragraph.Measure(size);
        paragraph.Draw(size);

        var x = canvas.Texts.Single(t => t.Text == "x").X;
        var font = Harness.Fonts.Font(style.Font, style.Size);
        var plain = font.MeasureText("AVATAR") + font.MeasureText(" ");
        // A-V, V-A, A-T and T-A are kerning pairs of DejaVu Sans; together they take off well over a point at 20pt.
        Assert.True(plain - x > 1f, $"kerned 'AVATAR ' is {x:0.00}pt, plain advances {plain:0.00}pt");
        // And the line breaker measured what is drawn: the word's x is the shaped width of the first word plus a space.
        var shaper = Harness.Fonts.Shaper;
        Assert.Equal(shaper.Shape(style.Font, "AVATAR")!.Width(20) + shaper.Shape(style.Font, " ")!.Width(20), x, 0.01f);
    }

    [Fact]
    public void Kerned_text_reads_back_from_the_pdf_as_written()
    {
        var document = MarkupParser.Parse("""
            <document><body><p>AVATAR To WAVE: Yours, 7,460.25 “quoted” fi fl office</p></body></document>
            """, "t.xml");

        var pdf = PdfWriter.Write(document, Harness.Fonts);

        using var read = PdfDocument.Open(pdf.Bytes);
        Assert.Equal("AVATAR To WAVE: Yours, 7,460.25 “quoted” fi fl office", PdfText.Lines(read.GetPage(1)).Single());
    }

    [Fact]
    public void A_paragraph_leaves_no_single_line_at_the_foot_of_a_page()
    {
        // 16 lines of 10pt leave 20pt: room for one 13pt line of five, which would stand alone (an orphan).
        var (pages, paragraphLines) = LayOut(new FakeElement("filler", 16), Lines("line", 5));

        Assert.Equal([0, 5], paragraphLines);
        Assert.Equal(2, pages);
    }

    [Fact]
    public void A_paragraph_leaves_no_single_line_at_the_head_of_the_next_page()
    {
        // 14 lines of 10pt leave 40pt: three of four lines fit, which would leave the last alone (a widow).
        var (_, paragraphLines) = LayOut(new FakeElement("filler", 14), Lines("line", 4));

        Assert.Equal([2, 2], paragraphLines);
    }

    [Fact]
    public void A_heading_goes_to_the_next_page_with_its_first_lines()
    {
        // 14 lines of 10pt leave 40pt: the heading (about 22pt with its space) and one line of the
        // paragraph would fit, but one line may not end a page, and a heading may not end one either.
        var heading = new Padding(new Paragraph([InlineRun.Literal("Heading", Body.WithSize(12).Bold())], leading: 1.25f), 4, 0, 4, 0)
        {
            KeepWithNext = true,
        };
        var body = new Column([new FakeElement("filler", 14), heading, Lines("line", 6)]);
        var pages = Harness.Pages(new Document { SourceName = "t", Page = SmallPage, Body = body });

        Assert.DoesNotContain(pages[0].Texts, t => t.Text == "Heading");
        Assert.Equal("Heading", pages[1].Texts[0].Text);
        // The heading stands above the paragraph's first line on the new page.
        var headingY = pages[1].Texts[0].Y;
        Assert.True(pages[1].Texts.Single(t => t.Text == "line 1").Y > headingY);
    }

    [Fact]
    public void A_signature_block_kept_with_the_previous_paragraph_takes_its_last_lines_along()
    {
        // 12 lines of 10pt and a four-line paragraph (52pt) fill 172pt of 180; the 30pt signature block does not fit.
        var signature = new KeepTogether(new FakeElement("signature", 3, splittable: false)) { KeepWithPrevious = true };
        var body = new Column([new FakeElement("filler", 12), Lines("line", 4), signature]);
        var pages = Harness.Pages(new Document { SourceName = "t", Page = SmallPage, Body = body });

        Assert.Equal(2, pages.Count);
        Assert.Equal(["line 1", "line 2"], pages[0].Texts.Where(t => t.Text.StartsWith("line")).Select(t => t.Text));
        Assert.Equal(["line 3", "line 4", "signature"], pages[1].Texts.Select(t => t.Text));
    }

    [Fact]
    public void Without_keep_with_previous_the_signature_block_stands_alone()
    {
        var signature = new KeepTogether(new FakeElement("signature", 3, splittable: false));
        var body = new Column([new FakeElement("filler", 12), Lines("line", 4), signature]);
        var pages = Harness.Pages(new Document { SourceName = "t", Page = SmallPage, Body = body });

        Assert.Equal(["signature"], pages[1].Texts.Select(t => t.Text));
    }

    [Fact]
    public void The_signatures_element_keeps_with_the_previous_paragraph_by_default()
    {
        var document = MarkupParser.Parse("""
            <document><body><p>Closing.</p><signatures><signature for="Bank" name="A" title="B"/></signatures></body></document>
            """, "t.xml");
        var column = Assert.IsType<Column>(document.Body);

        Assert.True(column.Children.Last().KeepWithPrevious);
        Assert.False(column.Children.First().KeepWithPrevious);
    }

    [Fact]
    public void A_justified_paragraph_that_a_long_token_would_stretch_is_set_ragged_right()
    {
        // Line one takes the short words; the long code cannot join it, so justifying would put
        // about 60pt of slack into a few spaces.
        var text = "Ref to be paid ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789 and so on";
        var paragraph = new Paragraph([InlineRun.Literal(text, Body)], TextAlignment.Justify);
        var (canvas, _) = Harness.Attach(paragraph);
        var size = new Size(200, 100);
        paragraph.Measure(size);
        paragraph.Draw(size);

        // Ragged: each line is drawn as one string at its natural spacing, from the left edge.
        Assert.Equal("Ref to be paid", canvas.Texts[0].Text);
        Assert.Equal(0f, canvas.Texts[0].X);
    }

    [Fact]
    public void An_ordinary_justified_paragraph_stays_justified_within_the_stretch_limit()
    {
        // Twenty equal words on lines of five with 2pt to spare: 0.5pt more per space, well within the limit.
        var shaper = Harness.Fonts.Shaper;
        var word = shaper.Shape(Body.Font, "word")!.Width(Body.Size);
        var space = shaper.Shape(Body.Font, " ")!.Width(Body.Size);
        var width = 5 * word + 4 * space + 2;
        var paragraph = new Paragraph([InlineRun.Literal(string.Join(' ', Enumerable.Repeat("word", 20)), Body)], TextAlignment.Justify);
        var (canvas, _) = Harness.Attach(paragraph);
        var size = new Size(width, 200);
        paragraph.Measure(size);
        paragraph.Draw(size);

        // Justified lines are drawn word by word; each word starts 0.5pt further on than at natural spacing,
        // and the line's last word ends at the right edge.
        var firstLine = canvas.Texts.Where(t => t.Y == canvas.Texts[0].Y).ToList();
        Assert.Equal(5, firstLine.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(i * (word + space + 0.5f), firstLine[i].X, 0.01f);
        }
        Assert.Equal(width, firstLine[^1].X + word, 0.01f);
    }

    /// <summary>A paragraph of <paramref name="count"/> forced lines "name 1", "name 2", ...</summary>
    private static Paragraph Lines(string name, int count)
    {
        var runs = new List<InlineRun>();
        for (var i = 1; i <= count; i++)
        {
            if (i > 1) runs.Add(new InlineRun(InlineKind.LineBreak, "", Body));
            runs.Add(InlineRun.Literal($"{name} {i}", Body));
        }
        return new Paragraph(runs);
    }

    /// <summary>Lays out filler then paragraph on small pages: the page count and the paragraph's lines per page.</summary>
    private static (int Pages, List<int> ParagraphLines) LayOut(Element filler, Paragraph paragraph)
    {
        var body = new Column([filler, paragraph]);
        var pages = Harness.Pages(new Document { SourceName = "t", Page = SmallPage, Body = body });
        return (pages.Count, pages.Select(p => p.Texts.Count(t => t.Text.StartsWith("line"))).ToList());
    }
}
