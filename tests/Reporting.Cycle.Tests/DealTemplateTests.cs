using NodaTime;
using Reporting.Cycle;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>A deal can supply its own template for an output kind, e.g. its own legal text for the confirmation.</summary>
public sealed class DealTemplateTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3");
    private readonly string _templates = Directory.CreateTempSubdirectory("reporting-templates-").FullName;

    public DealTemplateTests()
    {
        foreach (var file in Directory.GetFiles(Repo.Path("templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_templates, Path.GetRelativePath(Repo.Path("templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void TheDealsConfirmationTemplateIsUsed()
    {
        Directory.CreateDirectory(Path.Combine(_templates, "deals", "test"));
        File.WriteAllText(Path.Combine(_templates, "deals", "test", "confirmation.sbn"), """
            <document title="{{ document.title }}" date="{{ document.date | date_iso }}">
              <body><p>Our own wording for the cap between {{ provider.name }} and {{ counterparty.name }}, effective {{ terms.effective_date | date }}.</p></body>
            </document>
            """);
        File.AppendAllText(_deal.Path("deal.yaml"), "\ntemplates:\n  confirmation: deals/test/confirmation.sbn\n");

        var output = Path.Combine(_deal.Folder, "run");
        MonthlyCycle.Run(new RunRequest(_deal.Folder, new YearMonth(2006, 8), _templates, output));
        // The page's lines joined, as the sentence wraps.
        var text = string.Join(" ", PdfText.Describe(File.ReadAllBytes(Path.Combine(output, "documents", "confirmation.pdf"))).Split('\n'));
        Assert.Contains("Our own wording for the cap between JPMorgan Chase Bank and JPMorgan Chase Bank, National Association, effective September 25, 2006.", text);
    }

    [Fact]
    public void AnUnknownKindOrAPathOutsideTheTemplatesFolderIsBadInput()
    {
        File.AppendAllText(_deal.Path("deal.yaml"), "\ntemplates:\n  memo: deals/test/memo.sbn\n  confirmation: ../secret.sbn\n");
        var errors = Assert.Throws<InputException>(() => MonthlyCycle.Prepare(new RunRequest(_deal.Folder, new YearMonth(2006, 8), _templates, "unused")))
            .Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.Contains("templates.memo: not an output kind"));
        Assert.Contains(errors, e => e.Contains("templates.confirmation: '../secret.sbn' is not a template path inside the templates folder"));
    }

    public void Dispose()
    {
        _deal.Dispose();
        try { Directory.Delete(_templates, recursive: true); } catch (IOException) { }
    }
}
