using Reporting.RunFormat;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Templates;

namespace Reporting.Workbooks.Tests;

/// <summary>
/// Markup errors in a rendered workbook are reported at the template line and column that wrote the
/// markup, not at the line of the generated XML. Expected positions are counted by hand in the
/// template text below (1-based; an element's position is its '&lt;').
/// </summary>
public sealed class TemplateSourceMapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workbook-source-map-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private IReadOnlyList<Diagnostic> ErrorsOf(string template, object model) =>
        Assert.Throws<WorkbookMarkupException>(() => WorkbookMarkupParser.Parse(new WorkbookTemplateRenderer(_folder).Render(template, model))).Errors;

    private sealed record Rows(int[] Values);

    [Fact]
    public void An_unknown_element_after_a_loop_points_at_its_template_line()
    {
        // The loop writes three rows, so the generated markup has the bad element on line 8;
        // in the template it is on line 6, column 5.
        var path = Write("loop.sbn", """
            <workbook>
              <sheet name="S">
            {{~ for v in values ~}}
                <row><cell type="integer">{{ v }}</cell></row>
            {{~ end ~}}
                <picture/>
              </sheet>
            </workbook>
            """);

        var error = Assert.Single(ErrorsOf("loop.sbn", new Rows([1, 2, 3])));

        Assert.Equal((path, 6, 5), (error.File, error.Line, error.Column));
        Assert.StartsWith($"{path}:6:5: <picture> is not allowed in <sheet>", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_attribute_inside_an_include_points_into_the_included_template()
    {
        var main = Write("main.sbn", "<workbook>\n  <sheet name=\"S\">\n{{ include 'rows.sbn' }}\n  </sheet>\n</workbook>");
        var rows = Write("rows.sbn", "<row><cell>fine</cell></row>\n<row><cell colour=\"red\">bad</cell></row>");

        var error = Assert.Single(ErrorsOf("main.sbn", new Rows([])));

        // 'colour' starts at column 12 of line 2 of rows.sbn.
        Assert.Equal((rows, 2, 12), (error.File, error.Line, error.Column));
        Assert.NotEqual(main, error.File);
    }

    [Fact]
    public void Markup_written_by_an_expression_points_at_the_expression()
    {
        var path = Write("raw.sbn", "<workbook>\n<sheet name=\"S\">\n<row><cell>a</cell></row>{{ wb.raw '<picture/>' }}\n</sheet>\n</workbook>");

        var error = Assert.Single(ErrorsOf("raw.sbn", new Rows([])));

        // The expression 'wb.raw ...' starts at column 29 of line 3 (25 characters of rows, then '{{ ').
        Assert.Equal((path, 3, 29), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Malformed_xml_is_reported_at_the_template_position_without_the_generated_line()
    {
        // Whitespace control drops the first two lines, so the generated markup has the '&' on line 3.
        var path = Write("broken.sbn", "{{~ for v in values ~}}\n{{~ end ~}}\n<workbook>\n  <sheet name=\"S\">\n    <row><cell>a & b</cell></row>\n  </sheet>\n</workbook>");

        var error = Assert.Single(ErrorsOf("broken.sbn", new Rows([1, 2])));

        Assert.Equal((path, 5), (error.File, error.Line));
        Assert.DoesNotContain("Line ", error.Message, StringComparison.Ordinal);
    }
}
