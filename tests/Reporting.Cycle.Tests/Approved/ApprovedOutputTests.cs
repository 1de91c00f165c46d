using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Reporting.Cycle;
using Reporting.Testing;
using Reporting.Workbooks.Reading;

namespace Reporting.Tests.Cycle.Approved;

/// <summary>
/// Approved output of every document and workbook the sample deals produce in the months that
/// exercise each kind: a PDF as its text per page with page count and metadata, a workbook as
/// CSV per sheet with formulas shown, and the manifest with hashes scrubbed (they depend on the
/// machine's font files; byte-identical output is tested separately). A change to a template or
/// an engine shows here as a diff to review; approve it by renaming the .received.txt file.
/// </summary>
public sealed class ApprovedOutputTests
{
    public static TheoryData<string, string> Runs() => new()
    {
        { "gmacm-2006-he3", "2006-08" },            // the confirmation
        { "gmacm-2006-he3", "2006-11" },            // Thanksgiving roll: payment on the Friday after
        { "gmacm-2006-he3", "2008-05" },            // the last period, rolled past Memorial Day
        { "gmacm-2006-he3-downgrade", "2007-05" },  // Ratings Event I, first collateral call
        { "gmacm-2006-he3-downgrade", "2007-08" },  // Ratings Event II, demand for collateral, concentration limit
        { "gmacm-2006-he3-downgrade", "2007-11" },  // type (a) event, late notice, Additional Termination Event
        { "gmacm-2006-he3-downgrade", "2008-01" },  // external marks, both concentration limits
        { "gmacm-2006-he3-downgrade", "2008-02" },  // recovery: a Return Amount
        { "bny-2007-corridor", "2007-02" },         // Schedule I with a Ceiling Rate per period
        { "bny-2007-corridor", "2007-09" },         // period 6 paid on its own 5.40% ceiling
        { "ramp-2006-rs3", "2006-11" },             // a purchase within its window
        { "ramp-2006-rs3", "2007-01" },             // window opening after New Year's Day
        { "ramp-2006-rs3", "2007-06" },             // a purchase outside its window
        { "depositor-first-2006", "2007-04" },      // any-time window, MBA count, Depositor's exclusive period, Servicing Advances in the price
        { "depositor-first-2006", "2007-05" },      // the Servicer buys inside the Depositor's exclusive period
        { "depositor-first-2006", "2007-06" },      // a loan in its window with its price as of the month's end
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryOutputOfTheRunIsAsApproved(string dealId, string period)
    {
        using var run = new ScratchRun(dealId, period);
        // Every file is compared even after a mismatch, so one test run writes every .received.txt.
        var failures = new List<string>();
        void Check(string text, string name)
        {
            try { Approvals.Verify(text, name); }
            catch (ApprovalException e) { failures.Add(e.Message); }
        }

        Check(ScrubHashes(File.ReadAllText(Path.Combine(run.Folder, "manifest.json"))), $"{dealId}.{period}.manifest");
        foreach (var file in Directory.GetFiles(run.Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = $"{dealId}.{period}.{Path.GetFileNameWithoutExtension(file)}";
            switch (Path.GetExtension(file))
            {
                case ".pdf":
                    Check(PdfText.Describe(File.ReadAllBytes(file)), name);
                    break;
                case ".xlsx":
                    Check(Workbook(File.ReadAllBytes(file)), name);
                    break;
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    private static string Workbook(byte[] xlsx)
    {
        var text = new StringBuilder();
        foreach (var sheet in WorkbookSnapshot.ToCsvPerSheet(xlsx))
        {
            text.AppendLine($"--- sheet {sheet.SheetName} ---");
            text.Append(sheet.Csv);
            if (!sheet.Csv.EndsWith('\n')) text.AppendLine();
        }
        return text.ToString();
    }

    private static string ScrubHashes(string json) =>
        Regex.Replace(json, "\"sha256\": \"[0-9a-f]{64}\"", "\"sha256\": \"(scrubbed)\"");
}

/// <summary>A monthly run of a sample deal into a temporary folder, deleted afterwards.</summary>
internal sealed class ScratchRun : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reporting-run-").FullName;

    public ScratchRun(string dealId, string period)
    {
        Folder = Path.Combine(_root, "run");
        var month = NodaTime.Text.YearMonthPattern.Iso.Parse(period).GetValueOrThrow();
        MonthlyCycle.Run(new RunRequest(Repo.Deal(dealId), month, Repo.Path("templates"), Folder));
    }

    public string Folder { get; }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
