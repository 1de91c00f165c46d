using Reporting.RunFormat;
using NodaTime;
using Reporting.Cycle;
using Reporting.Documents.Diagnostics;
using Reporting.Workbooks.Markup;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// A markup mistake in one of the real templates, made at a line and column we choose, is reported by
/// a run at that template line and column, for a document (through an include) and for a workbook,
/// although the generated markup has the mistake on another line.
/// </summary>
public sealed class TemplateErrorLocationTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3");
    private readonly string _templates = Directory.CreateTempSubdirectory("reporting-templates-").FullName;
    private readonly string _output;

    public TemplateErrorLocationTests()
    {
        foreach (var file in Directory.GetFiles(Repo.Path("templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_templates, Path.GetRelativePath(Repo.Path("templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _output = Path.Combine(_deal.Folder, "run");
    }

    // November 2006 has a trustee statement and a cap schedule workbook.
    private void Run() => MonthlyCycle.Run(new RunRequest(_deal.Folder, new YearMonth(2006, 11), _templates, _output));

    [Fact]
    public void A_bad_attribute_in_an_included_document_template_is_reported_at_its_line_and_column()
    {
        // Line 10 of the running header and footer, which every document includes after its banner.
        var running = Path.Combine(_templates, "documents", "_running.sbn");
        var lines = File.ReadAllLines(running);
        Assert.Equal("""    <rule thickness="0.4" space-before="0" space-after="2"/>""", lines[9]);
        lines[9] = """    <rule colour="red" thickness="0.4" space-before="0" space-after="2"/>""";
        File.WriteAllLines(running, lines);

        var error = Assert.Throws<DocumentError>(Run);

        // 'colour' starts at column 11: four spaces, then '<rule ' (six characters).
        Assert.Equal(new Diagnostic(running, 10, 11, "unknown attribute 'colour' on <rule>"), error.First);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void An_unknown_element_in_a_workbook_template_is_reported_at_its_line_and_column()
    {
        // A stray element just after the cap schedule's table, which the template writes one row a period before.
        var schedule = Path.Combine(_templates, "workbooks", "cap-schedule.sbn");
        var lines = File.ReadAllLines(schedule).ToList();
        var tableEnd = lines.IndexOf("    </table>");
        Assert.True(tableEnd > 0);
        lines.Insert(tableEnd + 1, "    <rows/>");
        File.WriteAllLines(schedule, lines);

        var error = Assert.Single(Assert.Throws<WorkbookMarkupException>(Run).Errors);

        // The inserted line is line tableEnd + 2 (1-based, after the table's end); its '<' is at column 5.
        Assert.Equal((schedule, tableEnd + 2, 5), (error.File, error.Line, error.Column));
        Assert.StartsWith($"{schedule}:{tableEnd + 2}:5: <rows> is not allowed in <sheet>", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    public void Dispose()
    {
        _deal.Dispose();
        try { Directory.Delete(_templates, recursive: true); } catch (IOException) { }
    }
}
