using System.Text.Json;
using Reporting.Cycle;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Tests.Cycle.Approved;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cycle;

/// <summary>The run folder's promises: same inputs give the same bytes; bad input leaves nothing behind.</summary>
public class RunFolderTests
{
    [Fact]
    public void TwoRunsOfTheSameInputsGiveIdenticalBytes()
    {
        using var first = new ScratchRun("gmacm-2006-he3-downgrade", "2007-08");
        using var second = new ScratchRun("gmacm-2006-he3-downgrade", "2007-08");
        var files = Directory.GetFiles(first.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(first.Folder, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("manifest.json", files);
        Assert.Contains("results.json", files);
        Assert.True(files.Length >= 6, string.Join(", ", files));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Folder, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(second.Folder, file))), $"{file} differs between two runs");
        }
    }

    [Fact]
    public void ManifestHashesMatchTheFilesAndResultsHoldEachDocumentsFigures()
    {
        using var run = new ScratchRun("gmacm-2006-he3-downgrade", "2007-08");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "manifest.json")));
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "results.json")));
        foreach (var output in manifest.RootElement.GetProperty("outputs").EnumerateArray())
        {
            var path = Path.Combine(run.Folder, output.GetProperty("path").GetString()!);
            Assert.Equal(output.GetProperty("sha256").GetString(), Hashes.Sha256OfFile(path));
            Assert.True(results.RootElement.GetProperty("documents").TryGetProperty(output.GetProperty("results_key").GetString()!, out _));
        }
        var inputs = manifest.RootElement.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("path").GetString()).ToArray();
        Assert.Equal(new[] { "README.md", "actions.csv", "collateral.csv", "deal.yaml", "exposures.csv", "fixings.csv", "ratings.csv", "schedule.csv", "transfers.csv" }
            .Where(f => File.Exists(Path.Combine(Repo.Deal("gmacm-2006-he3-downgrade"), f))), inputs);
    }

    [Fact]
    public void TheCollateralCallOfTheScenarioCallsTheHandWorkedAmount()
    {
        // Valuation Date 24 Aug 2007: Credit Support Amount 9,168,746.03 less Posted Value
        // 8,620,078.56 = 548,667.47, at least the 100,000 MTA, rounded up to 549,000.
        using var run = new ScratchRun("gmacm-2006-he3-downgrade", "2007-08");
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Folder, "results.json")));
        var call = results.RootElement.GetProperty("documents").GetProperty("collateral-call-2007-08-24").GetProperty("valuation");
        Assert.Equal(549_000m, call.GetProperty("delivery_amount").GetDecimal());
        Assert.Equal(548_667.47m, call.GetProperty("shortfall").GetDecimal());
        Assert.Equal("2007-08-28", call.GetProperty("transfer_due").GetString());
    }

    [Fact]
    public void BadInputWritesNoRunFolder()
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        deal.Replace("ratings.csv", "JPMC,Moodys,long,A2,none,2007-07-17", "JPMC,Moodys,long,A11,none,2007-07-17");
        var exposures = File.ReadAllLines(deal.Path("exposures.csv"));
        exposures[2] = "2007-05-25,internal,JPMC,12,34";
        File.WriteAllLines(deal.Path("exposures.csv"), exposures);
        var output = Path.Combine(deal.Folder, "out", "run");
        var error = Assert.Throws<InputException>(() => MonthlyCycle.Run(new RunRequest(deal.Folder, new NodaTime.YearMonth(2007, 8), Repo.Path("templates"), output)));
        // Errors of every file come together, each once.
        Assert.Contains(error.Errors, e => e.ToString().StartsWith("ratings.csv:7:4: column rating: 'A11' is not a Moody's long-term rating"));
        Assert.Contains(error.Errors, e => e.ToString() == "exposures.csv:3:5: the line has 5 fields but the header has 4 (a thousands separator or an unquoted comma?)");
        Assert.Equal(error.Errors.Count, error.Errors.Distinct().Count());
        Assert.False(Directory.Exists(Path.Combine(deal.Folder, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(deal.Folder, "out")).Any());
    }
}

/// <summary>Every workbook of the sample runs is valid Open XML, and every PDF passes qpdf's structure check.</summary>
public class RunOutputValidityTests
{
    public static TheoryData<string, string> Runs() => new()
    {
        { "gmacm-2006-he3", "2006-08" },
        { "gmacm-2006-he3-downgrade", "2007-08" },
        { "gmacm-2006-he3-downgrade", "2008-01" },
        { "ramp-2006-rs3", "2007-06" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void WorkbooksAreValidOpenXml(string dealId, string period)
    {
        using var run = new ScratchRun(dealId, period);
        foreach (var file in Directory.GetFiles(run.Folder, "*.xlsx", SearchOption.AllDirectories))
        {
            using var stream = new MemoryStream(File.ReadAllBytes(file));
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).ToArray();
            Assert.True(errors.Length == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(e => e.Description))}");
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void PdfsPassQpdfCheck(string dealId, string period)
    {
        // qpdf is installed by .ci/run; on a machine without it this test says so rather than passing silently.
        Assert.True(File.Exists("/usr/bin/qpdf"), "qpdf is needed for this check: apt-get install -y qpdf (.ci/run does it)");
        using var run = new ScratchRun(dealId, period);
        foreach (var file in Directory.GetFiles(run.Folder, "*.pdf", SearchOption.AllDirectories))
        {
            var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("--check");
            start.ArgumentList.Add(file);
            using var qpdf = System.Diagnostics.Process.Start(start)!;
            var output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            Assert.True(qpdf.ExitCode == 0, $"{Path.GetFileName(file)}: {output}");
            Assert.Contains("No syntax or stream encoding errors", output);
        }
    }
}
