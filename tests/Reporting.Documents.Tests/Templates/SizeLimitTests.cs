using System.Text.Json;
using Reporting.Documents.Tests.Support;
using UglyToad.PdfPig;

namespace Reporting.Documents.Tests.Templates;

/// <summary>
/// No size cliff: Scriban by default cuts output off at 1,048,576 characters and stops loops after
/// 1,000 turns. A month of a large trust writes more than that; all of it must reach the PDF.
/// </summary>
public class SizeLimitTests
{
    private const string Template = """
        <document title="Long">
          <body>
            <table>
              <columns><column width="1*"/><column width="3*"/></columns>
        {{~ for row in rows ~}}
              <row><cell>{{ row }}</cell><cell>{{ padding }}</cell></row>
        {{~ end ~}}
            </table>
            <p>Last line after {{ rows | array.size }} rows.</p>
          </body>
        </document>
        """;

    [Fact]
    public void Markup_of_over_one_mebibyte_renders_whole_with_every_row()
    {
        // 10,000 rows of about 110 characters of markup each: some 1.1 million characters.
        const int rows = 10_000;
        using var folder = new TemporaryFolder();
        folder.Write("long.sbn", Template);
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);
        var model = JsonSerializer.SerializeToElement(new
        {
            rows = Enumerable.Range(1, rows).Select(i => $"L{i:D7}").ToArray(),
            padding = "Paid to date; no delinquency; no purchase option open now.",
        });

        var rendered = renderer.Render("long.sbn", model);

        Assert.True(rendered.Markup.Length > 1_048_576, $"markup is only {rendered.Markup.Length} characters");
        Assert.EndsWith("</document>", rendered.Markup.TrimEnd());
        using var pdf = PdfDocument.Open(rendered.Pdf);
        var last = pdf.GetPage(pdf.NumberOfPages).Text;
        Assert.Contains($"L{rows:D7}", string.Join("", pdf.GetPages().TakeLast(3).Select(p => p.Text)));
        Assert.Contains($"Last line after {rows} rows.", last.Replace("  ", " "));
    }

    [Fact]
    public void A_loop_of_a_million_turns_is_not_stopped()
    {
        using var folder = new TemporaryFolder();
        folder.Write("count.sbn", "{{ n = 0 }}{{ for i in 1..1000000 }}{{ n = n + 1 }}{{ end }}<document><body><p>{{ n }}</p></body></document>");
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);

        var markup = renderer.Templates.Render("count.sbn", Scriban.Runtime.ScriptObject.From(new { }));

        Assert.Contains("<p>1000000</p>", markup.Text);
    }
}
