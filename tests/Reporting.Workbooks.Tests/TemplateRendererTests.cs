using Reporting.Templating;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Reading;
using Reporting.Workbooks.Templates;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workbook-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RenderInline(string template, object model, string name = "t.sbn")
    {
        File.WriteAllText(Path.Combine(_folder, name), template);
        return new WorkbookTemplateRenderer(_folder).Render(name, model).Text;
    }

    private sealed record Party(string Name, decimal Amount, DateOnly Date, bool Active);

    [Fact]
    public void Values_are_xml_escaped_but_template_text_is_not()
    {
        var output = RenderInline("<cell>{{ name }}</cell>", new Party("Smith & <Sons> \"Ltd\"", 1m, new DateOnly(2008, 5, 23), true));
        Assert.Equal("<cell>Smith &amp; &lt;Sons&gt; &quot;Ltd&quot;</cell>", output);
    }

    [Fact]
    public void Members_are_snake_case_and_helpers_format_invariantly()
    {
        var output = RenderInline(
            "{{ wb.number amount }}|{{ wb.date model.date }}|{{ wb.bool active }}|{{ wb.col 28 }}|{{ wb.ref 3 12 }}|{{ wb.raw '<row/>' }}",
            new Party("x", 1234567.50m, new DateOnly(2008, 5, 23), false));
        Assert.Equal("1234567.50|2008-05-23|false|AB|C12|<row/>", output);
    }

    [Fact]
    public void Output_of_any_size_is_written_whole()
    {
        // 150,000 rows (more turns than the old loop limit) of 33 characters: some 5 million
        // characters, past the 1,048,576 at which Scriban cuts output off by default.
        var rows = Enumerable.Range(1, 150_000).Select(i => $"L{i:D7}").ToArray();
        var output = RenderInline("{{ for r in rows }}<row><cell>{{ r }}</cell></row>\n{{ end }}", new { Rows = rows });

        Assert.True(output.Length > 4_900_000, $"only {output.Length} characters");
        Assert.EndsWith("<row><cell>L0150000</cell></row>\n", output);
        Assert.Equal(150_000, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Shared_function_names_win_over_model_members_which_stay_reachable_through_model()
    {
        // 'date' is the shared date formatter (and so the clock behind Scriban's date.now is out of reach).
        var output = RenderInline("{{ model.date | date }}|{{ model.date | wb.date }}", new Party("x", 1m, new DateOnly(2008, 5, 23), true));
        Assert.Equal("May\u00A023, 2008|2008-05-23", output);
        Assert.Throws<TemplateException>(() => RenderInline("{{ date.now }}", new Party("x", 1m, default, true)));
    }

    [Fact]
    public void An_unknown_variable_is_an_error_with_its_template_position()
    {
        var exception = Assert.Throws<TemplateException>(() => RenderInline("line one\n{{ nmae }}", new Party("x", 1m, default, true)));
        Assert.Contains("t.sbn:2:4: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("nmae", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_reported_without_rendering()
    {
        var exception = Assert.Throws<TemplateException>(() => RenderInline("{{ if }}", new Party("x", 1m, default, true)));
        Assert.Contains("t.sbn", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_are_written_unescaped_and_confined_to_the_templates_folder()
    {
        File.WriteAllText(Path.Combine(_folder, "row.sbn"), "<row><cell>{{ name }}</cell></row>");
        var output = RenderInline("{{ include 'row.sbn' }}", new Party("A&B", 1m, default, true));
        Assert.Equal("<row><cell>A&amp;B</cell></row>", output);

        var outside = Path.Combine(Path.GetDirectoryName(_folder)!, "outside-" + Path.GetFileName(_folder) + ".sbn");
        File.WriteAllText(outside, "secret");
        try
        {
            var exception = Assert.Throws<TemplateException>(() =>
                RenderInline($"{{{{ include '../{Path.GetFileName(outside)}' }}}}", new Party("x", 1m, default, true)));
            Assert.Contains("may only include files inside the templates folder", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void The_sample_template_renders_to_a_valid_workbook_whose_snapshot_is_as_approved()
    {
        var model = TemplateModel.FromJson(File.ReadAllText(Path.Combine(RepositoryPaths.SampleTemplates, "workbook-sample.json")));
        var markup = new WorkbookTemplateRenderer(RepositoryPaths.SampleTemplates).Render("workbook-sample.sbn", model);
        var bytes = WorkbookWriter.Write(WorkbookMarkupParser.Parse(markup));

        var sheets = WorkbookSnapshot.ToCsvPerSheet(bytes);

        Assert.Equal(["Inputs", "Cap schedule"], sheets.Select(sheet => sheet.SheetName));
        Assert.Equal(
            """
            Input,Value
            Strike,0.0525
            Day count basis,360

            """.ReplaceLineEndings("\n"),
            sheets[0].Csv);
        Assert.Equal(
            """
            Period start,Period end,Notional,Days,Index rate,Payment
            2006-09-25,2006-10-25,571825082.60,30,0.0786,"=ROUND(C2*D2/Basis*MAX(0,E2-Strike),2)"
            2006-10-25,2006-11-27,560113529.35,33,0.0791,"=ROUND(C3*D3/Basis*MAX(0,E3-Strike),2)"
            2006-11-27,2006-12-28,548402011.10,31,0.0512,"=ROUND(C4*D4/Basis*MAX(0,E4-Strike),2)"
            2006-12-28,2007-01-27,536690492.85,30,0.0803,"=ROUND(C5*D5/Basis*MAX(0,E5-Strike),2)"
            ,,,,,
            Total,,,,,=SUM(F2:F5)

            """.ReplaceLineEndings("\n"),
            sheets[1].Csv);
    }
}
