using Reporting.Documents.Diagnostics;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Markup;
using Reporting.Documents.Output;
using Reporting.Documents.Tests.Support;
using Reporting.Documents.Text;
using Reporting.RunFormat;

namespace Reporting.Documents.Tests.Markup;

public class MarkupParserTests
{
    [Fact]
    public void An_unknown_element_is_an_error_with_its_line_and_column()
    {
        const string markup = """
            <document>
              <body>
                <p>fine</p>
                <para>not ours</para>
              </body>
            </document>
            """;

        var error = Assert.Throws<DocumentError>(() => MarkupParser.Parse(markup, "m.xml"));

        Assert.Equal(new Diagnostic("m.xml", 4, 6, "unknown element <para> in <body>"), error.First);
    }

    [Fact]
    public void An_unknown_attribute_is_an_error_with_its_line_and_column()
    {
        const string markup = """
            <document>
              <body>
                <p colour="red">text</p>
              </body>
            </document>
            """;

        var error = Assert.Throws<DocumentError>(() => MarkupParser.Parse(markup, "m.xml"));

        Assert.Equal(new Diagnostic("m.xml", 3, 8, "unknown attribute 'colour' on <p>"), error.First);
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        const string markup = """
            <document pages="2">
              <body>
                <p>one</p>
                <box/>
                <rule weight="2"/>
              </body>
            </document>
            """;

        var error = Assert.Throws<DocumentError>(() => MarkupParser.Parse(markup, "m.xml"));

        Assert.Equal([1, 4, 5], error.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Malformed_markup_is_an_error_with_its_position()
    {
        var error = Assert.Throws<DocumentError>(() => MarkupParser.Parse("<document>\n<body>\n<p>a</b>\n</body></document>", "m.xml"));

        Assert.Equal(3, error.First.Line);
        Assert.StartsWith("malformed markup", error.First.Message);
    }

    [Fact]
    public void A_bad_value_names_the_attribute()
    {
        var error = Assert.Throws<DocumentError>(() =>
            MarkupParser.Parse("<document margin=\"wide\"><body/></document>", "m.xml"));

        Assert.Equal(new Diagnostic("m.xml", 1, 11, "'margin' must be a length such as 12, 12pt, 1in or 25mm, not 'wide'"), error.First);
    }

    [Fact]
    public void Content_that_cannot_fit_on_a_page_is_an_error_naming_its_element()
    {
        var lines = string.Concat(Enumerable.Repeat("<p>A line of text.</p>\n", 80));
        var markup = $"<document>\n<body>\n<p>Intro</p>\n<keep-together>\n{lines}</keep-together>\n</body>\n</document>";
        var document = MarkupParser.Parse(markup, "m.xml");

        var error = Assert.Throws<DocumentError>(() => PdfWriter.Write(document, Harness.Fonts));

        Assert.Equal(("m.xml", 4, 2), (error.First.File, error.First.Line, error.First.Column));
        Assert.Contains("cannot fit", error.First.Message);
    }

    [Fact]
    public void A_table_wider_than_the_page_is_an_error_naming_the_table()
    {
        const string markup = """
            <document>
              <body>
                <table>
                  <columns><column width="5in"/><column width="4in"/></columns>
                  <row><cell>a</cell><cell>b</cell></row>
                </table>
              </body>
            </document>
            """;
        var document = MarkupParser.Parse(markup, "m.xml");

        var error = Assert.Throws<DocumentError>(() => PdfWriter.Write(document, Harness.Fonts));

        Assert.Equal(5, error.First.Line);
    }

    [Fact]
    public void Whitespace_collapses_and_runs_keep_their_style()
    {
        const string markup = """
            <document font="serif" font-size="10">
              <body>
                <p>
                  Plain   text, <b>bold
                  words</b> and <i>italic</i>.
                </p>
              </body>
            </document>
            """;

        var document = MarkupParser.Parse(markup, "m.xml");
        var paragraph = (Paragraph)((Padding)((Column)document.Body).Children.Single()).Children.Single();

        Assert.Equal(["Plain text, ", "bold words", " and ", "italic", "."], paragraph.Runs.Select(r => r.Text));
        Assert.True(paragraph.Runs[1].Style.Font.Bold);
        Assert.True(paragraph.Runs[3].Style.Font.Italic);
        Assert.Equal(Fonts.FontFamily.Serif, paragraph.Runs[0].Style.Font.Family);
    }

    [Fact]
    public void Document_attributes_set_page_and_metadata()
    {
        const string markup = """<document title="T" author="A" date="2006-09-25" page-size="a4" margin="1in" margin-left="36"><body/></document>""";

        var document = MarkupParser.Parse(markup, "m.xml");

        Assert.Equal("T", document.Metadata.Title);
        Assert.Equal(new DateTime(2006, 9, 25), document.Metadata.Date);
        Assert.Equal((595.28f, 72f, 36f), (document.Page.Width, document.Page.MarginTop, document.Page.MarginLeft));
    }
}
