using System.Text.Json;
using Reporting.Archive.Signing;
using Reporting.Archive.Tests.Support;
using Reporting.RunFormat;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Archive.Tests.Lifecycle;

/// <summary>
/// The lifecycle as a desk and an auditor go through it, with the real command on the hypothetical
/// downgrade deal of August 2007: run (a draft), approve, issue signed, correct a mark and issue an
/// amendment, then prove each sent PDF by its hash and check the chain against a recorded head.
/// </summary>
public sealed class LifecycleCliTests : IDisposable
{
    private const string Call = "documents/collateral-call-2007-08-24.pdf";
    private const string CallReference = "GMACM-2006-HE3-DOWNGRADE/CALL/20070824";
    private readonly TemporaryFolder _temp = new();

    private string Deal => _temp.Combine("deal");

    public LifecycleCliTests()
    {
        Folders.Copy(Path.Combine(RepositoryRoot(), "deals", "gmacm-2006-he3-downgrade"), Deal);
        // A test certificate, made here and never used for anything else: RSA 2048, no password.
        File.WriteAllBytes(_temp.Combine("desk.p12"), TestCertificate.CreatePkcs12("CN=Trust Desk (test), O=Example Trustee",
            null, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Draft_approve_issue_amend_and_prove()
    {
        var (code, stdout, stderr) = Reporting("run", Deal, "--period", "2007-08", "--preparer", "Ann Preparer", "--templates", Templates());
        Assert.True(code == 0, stderr);
        Assert.Contains("DRAFT prepared by Ann Preparer", stdout);
        // The run's documents are drafts: the mark is on every page.
        var draft = _temp.Combine("output", "gmacm-2006-he3-downgrade", "2007-08", Call);
        using (var pdf = PdfDocument.Open(draft))
            Assert.All(pdf.GetPages(), page => Assert.Contains("DRAFT", page.Text));

        // The preparer cannot approve their own run (names compared without case).
        (code, _, stderr) = Reporting("approve", "gmacm-2006-he3-downgrade/2007-08/v0001", "--by", "ann preparer");
        Assert.Equal(1, code);
        Assert.Contains("must be approved by someone else", stderr);
        // Nor can a draft be issued.
        (code, _, stderr) = Issue("v0001", "first.pdf");
        Assert.Equal(1, code);
        Assert.Contains("is a draft", stderr);

        (code, stdout, stderr) = Reporting("approve", "gmacm-2006-he3-downgrade/2007-08/v0001", "--by", "Bob Approver");
        Assert.True(code == 0, stderr);
        (code, stdout, stderr) = Issue("v0001", "first.pdf");
        Assert.True(code == 0, stderr);
        Assert.Contains("by fax at 2007-08-27T10:15:00-04:00", stdout);

        var sent = File.ReadAllBytes(_temp.Combine("first.pdf"));
        var issueFolder = _temp.Combine("archive", "issued", "gmacm-2006-he3-downgrade", "2007-08", "i0001");
        var record = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(issueFolder, "issue.json"))).RootElement;
        Assert.Equal(CallReference, record.GetProperty("reference").GetString());
        Assert.Equal("fax", record.GetProperty("channel").GetString());
        Assert.Equal("Bank of New York Trust Company, N.A.", record.GetProperty("recipient").GetString());
        // Exactly the bytes sent are archived: they are the prefix of the PDF/A-3b copy, whose hash the record holds.
        var archived = File.ReadAllBytes(Path.Combine(issueFolder, "collateral-call-2007-08-24.pdf"));
        Assert.Equal(Hashes.Sha256(sent), record.GetProperty("sent_sha256").GetString());
        Assert.Equal(sent, archived[..sent.Length]);
        Assert.Equal(Hashes.Sha256(archived), record.GetProperty("archived_sha256").GetString());
        using (var pdf = PdfDocument.Open(sent))
            Assert.All(pdf.GetPages(), page => Assert.DoesNotContain("DRAFT", page.Text));

        // pdfsig, independent of our code: the sent PDF has one valid signature over the whole file;
        // the archived copy keeps it and adds a second over the whole copy; qpdf finds the structure sound.
        var sentSignatures = Pdfsig.Run(_temp.Combine("first.pdf"));
        Assert.Contains("Signature Type: ETSI.CAdES.detached", sentSignatures);
        Assert.Contains("Signing Hash Algorithm: SHA-256", sentSignatures);
        Assert.Contains("Signature Validation: Signature is Valid.", sentSignatures);
        Assert.Contains("Total document signed", sentSignatures);
        var archivedSignatures = Pdfsig.Run(Path.Combine(issueFolder, "collateral-call-2007-08-24.pdf"));
        Assert.Equal(2, CountOf(archivedSignatures, "Signature Validation: Signature is Valid."));
        Assert.Contains("Total document signed", archivedSignatures);
        Assert.Equal(0, Qpdf.Run("--check", Path.Combine(issueFolder, "collateral-call-2007-08-24.pdf")).ExitCode);
        // The signing time is the time the issue states it was sent (10:15 at -04:00), not the clock when it was rendered.
        Assert.Contains("Signing Time: Aug 27 2007 14:15:00", sentSignatures);
        // What PDF/A-3b needs survives both signatures' updates (no validator is installable here: a targeted check).
        Assert.Empty(PdfA3Structure.Problems(Path.Combine(issueFolder, "collateral-call-2007-08-24.pdf")));

        // The auditor records the chain head outside the archive.
        (code, stdout, _) = Reporting("verify", "first.pdf");
        Assert.True(code == 0, stdout);
        Assert.Contains("re-rendered from the run's archived inputs and templates: byte-identical", stdout);
        Assert.Contains("the latest issue of this reference", stdout);
        var head = HeadIn(stdout);

        // A mark was wrong: correct it, re-run, approve, and issue the call again as an amendment.
        var marks = Path.Combine(Deal, "exposures.csv");
        File.WriteAllText(marks, File.ReadAllText(marks).Replace("2007-08-24,internal,JPMC,138066.82", "2007-08-24,internal,JPMC,158066.82"));
        (code, _, stderr) = Reporting("run", Deal, "--period", "2007-08", "--preparer", "Ann Preparer", "--templates", Templates());
        Assert.True(code == 0, stderr);
        Assert.True(Reporting("approve", "gmacm-2006-he3-downgrade/2007-08/v0002", "--by", "Bob Approver").ExitCode == 0);
        (code, _, stderr) = Issue("v0002", "second.pdf");
        Assert.Equal(1, code);
        Assert.Contains($"--amends {CallReference}", stderr);
        (code, stdout, stderr) = Issue("v0002", "second.pdf", "--amends", CallReference, "--reason", "The Exposure of 24 August 2007 was mis-keyed.");
        Assert.True(code == 0, stderr);
        using (var pdf = PdfDocument.Open(_temp.Combine("second.pdf")))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(PdfText.Lines)).Replace('\u00A0', ' ');
            Assert.Contains($"amends and supersedes our document reference {CallReference} dated August 27, 2007", text);
            Assert.Contains("The Exposure of 24 August 2007 was mis-keyed.", text);
        }

        // The first call still proves to be what was sent, now marked superseded; the amendment proves too.
        (code, stdout, _) = Reporting("verify", "first.pdf", "--expect-head", head);
        Assert.Equal(3, code); // the chain has grown since the head was recorded
        (code, stdout, _) = Reporting("verify", "first.pdf");
        Assert.True(code == 0, stdout);
        Assert.Contains("SUPERSEDED by the amendment issued/gmacm-2006-he3-downgrade/2007-08/i0002", stdout);
        // The index knows the issues: found by reference, by state, by the hash of what was sent.
        (code, stdout, _) = Reporting("archive", "search", "--reference", "call/20070824", "--json");
        var found = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["superseded", "latest"], found.GetProperty("issued").EnumerateArray().Select(i => i.GetProperty("state").GetString()));
        Assert.Empty(found.GetProperty("documents").EnumerateArray());
        (code, stdout, _) = Reporting("archive", "search", "--state", "superseded", "--json");
        var superseded = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("issued").EnumerateArray());
        Assert.Equal("issued/gmacm-2006-he3-downgrade/2007-08/i0001", superseded.GetProperty("path").GetString());
        Assert.Equal("issued/gmacm-2006-he3-downgrade/2007-08/i0002", superseded.GetProperty("superseded_by").GetString());
        (code, stdout, _) = Reporting("archive", "search", "--hash", Hashes.Sha256(sent)[..12], "--recipient", "new york", "--json");
        Assert.Equal("i0001", Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("issued").EnumerateArray()).GetProperty("path").GetString()![^5..]);

        // The index rebuilt from the version folders and the chain holds exactly the rows it held.
        var before = IndexRows();
        (code, stdout, _) = Reporting("archive", "reindex");
        Assert.True(code == 0, stdout);
        Assert.Equal(before, IndexRows());
        Assert.Contains(before, row => row.StartsWith("approvals: path=gmacm-2006-he3-downgrade/2007-08/v0002 | approver=Bob Approver", StringComparison.Ordinal));
        // The whole archive's verification holds the index's lifecycle rows to the chain: a forged issue row is named.
        Assert.Equal(0, Reporting("verify", "archive", "--hashes-only").ExitCode);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.Combine("archive", "index.sqlite")};Pooling=False"))
        {
            connection.Open();
            using var forge = connection.CreateCommand();
            forge.CommandText = "INSERT INTO approvals (path, approver, entry_sha256, recorded_at) VALUES ('gmacm-2006-he3-downgrade/2007-08/v0003', 'Mallory', 'x', 'y')";
            forge.ExecuteNonQuery();
        }
        (code, stdout, _) = Reporting("verify", "archive", "--hashes-only");
        Assert.Equal(3, code);
        Assert.Contains("index.sqlite has a lifecycle row the hash chain does not back: approvals: path=gmacm-2006-he3-downgrade/2007-08/v0003 | approver=Mallory", stdout);
        Assert.Equal(0, Reporting("archive", "reindex").ExitCode);
        Assert.Equal(before, IndexRows());

        // One deal-period verified as a whole: both run versions re-rendered, both issues proven.
        (code, stdout, _) = Reporting("verify", "--deal", "gmacm-2006-he3-downgrade", "--period", "2007-08", "--json");
        var scope = JsonDocument.Parse(stdout).RootElement;
        Assert.True(code == 0, stdout);
        Assert.True(scope.GetProperty("ok").GetBoolean());
        Assert.True(scope.GetProperty("re_rendered").GetBoolean());
        Assert.Equal([true, true], scope.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("proven").GetBoolean()));
        (code, stdout, _) = Reporting("verify", "first.pdf", "--json", "--hashes-only");
        var proof = JsonDocument.Parse(stdout).RootElement;
        Assert.True(code == 0, stdout);
        Assert.Equal("superseded", proof.GetProperty("state").GetString());
        Assert.True(proof.GetProperty("checks").GetProperty("sent_is_prefix").GetBoolean());
        Assert.Equal(1, Reporting("verify", "--deal", "no-such-deal").ExitCode);

        (code, stdout, _) = Reporting("verify", "second.pdf", "--report", "report.pdf", "--report-date", "2008-03-14");
        Assert.True(code == 0, stdout);
        var newHead = HeadIn(stdout);
        // The report for the audit file says what was found and that every check held.
        using (var pdf = PdfDocument.Open(_temp.Combine("report.pdf")))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(PdfText.Lines)).Replace('\u00A0', ' ');
            Assert.Contains("Checked on March 14, 2008.", text);
            Assert.Contains($"Reference {CallReference}", text);
            Assert.Contains("Sent to Bank of New York Trust Company, N.A.", text);
            Assert.Contains("Approved by Bob Approver", text);
            Assert.Contains("identical", text);
            Assert.Equal(1, CountOf(text, " valid")); // the PDF as sent carries one signature
            Assert.DoesNotContain("FAILS", text);
            Assert.Contains($"Chain head at the time of this check: {newHead}", text);
            Assert.Contains("the file examined is the document issued as recorded above.", text);
        }
        Assert.Equal(0, Reporting("verify", "archive/gmacm-2006-he3-downgrade/2007-08/v0001", "--hashes-only", "--expect-head", newHead).ExitCode);

        // The auditor's page, driven in headless Chromium: search, "latest only", follow a link.
        // `archive page` adds a full check of the chain to what every add, approval and issue wrote.
        Assert.Equal(0, Reporting("archive", "page").ExitCode);
        using (var page = DevToolsPage.Open(new Uri(_temp.Combine("archive", "index.html")).AbsoluteUri))
        {
            page.WaitFor("document.body.getAttribute('data-ready') === 'true'");
            Assert.Equal(2, page.Evaluate("document.querySelectorAll('#issued tbody tr').length").GetInt32());
            Type(page, "#search", "call/20070824");
            Assert.Equal(2, VisibleRows(page, "#issued"));
            Assert.Equal(0, VisibleRows(page, "#runs"));
            page.Evaluate("document.getElementById('latest').click()");
            Assert.Equal(1, VisibleRows(page, "#issued"));
            Assert.Contains("amends", page.Evaluate("[...document.querySelectorAll('#issued tbody tr')].find(r => !r.hidden).querySelector('.state').textContent").GetString());
            page.Evaluate("document.getElementById('latest').click()");

            // A hash prefix of the PDF as sent finds its issue, marked superseded and verified.
            Type(page, "#search", Hashes.Sha256(sent)[..16]);
            Assert.Equal(1, VisibleRows(page, "#issued"));
            var row = "[...document.querySelectorAll('#issued tbody tr')].find(r => !r.hidden)";
            Assert.StartsWith("superseded by", page.Evaluate($"{row}.querySelector('.state').textContent").GetString());
            Assert.Contains("verified", page.Evaluate($"{row}.textContent").GetString());
            var href = page.Evaluate($"{row}.querySelector('td:nth-child(4) a').href").GetString()!;
            Assert.Equal(Path.Combine(issueFolder, "collateral-call-2007-08-24.pdf"), new Uri(href).LocalPath);

            // Follow the "superseded by" link to the amendment's row.
            page.Evaluate($"{row}.querySelector('.state a').click()");
            page.WaitFor("location.hash === '#issued-gmacm-2006-he3-downgrade-2007-08-i0002'");
            Assert.Contains("latest", page.Evaluate("document.querySelector(':target').className").GetString());
            Assert.Contains("every link holds", page.Evaluate("document.getElementById('chain').textContent").GetString());
        }

        // A draft is found by its hash but is not a sent document.
        File.Copy(draft, _temp.Combine("draft.pdf"));
        (code, stdout, _) = Reporting("verify", "draft.pdf");
        Assert.Equal(3, code);
        Assert.Contains("a DRAFT of run gmacm-2006-he3-downgrade/2007-08/v0002", stdout);

        // Rewriting history breaks the chain: a run entry no longer matches its version's record.
        var record1 = _temp.Combine("archive", "gmacm-2006-he3-downgrade", "2007-08", "v0001", "archive.json");
        File.AppendAllText(record1, " ");
        (code, stdout, _) = Reporting("verify", "second.pdf");
        Assert.Equal(3, code);
        Assert.Contains("chain/000001.json: gmacm-2006-he3-downgrade/2007-08/v0001/archive.json has SHA-256", stdout);
    }

    private (int ExitCode, string Out, string Err) Issue(string version, string output, params string[] more) =>
        Reporting(["issue", $"gmacm-2006-he3-downgrade/2007-08/{version}", Call, "--to", "Bank of New York Trust Company, N.A.",
            "--channel", "fax", "--at", "2007-08-27T10:15:00-04:00", "--cert", "desk.p12", "--out", output, .. more]);

    private (int ExitCode, string Out, string Err) Reporting(params string[] args) => ReportingProcess.Run(_temp.Path, args);

    private IReadOnlyList<string> IndexRows()
    {
        using var index = global::Reporting.Archive.Index.ArchiveIndex.OpenReadOnly(_temp.Combine("archive"));
        return index.Dump();
    }

    private static string HeadIn(string stdout) =>
        stdout.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("chain:", StringComparison.Ordinal)).Split("head ")[1].Trim();

    /// <summary>Types into a field as a user does: the value changes and the page hears an input event.</summary>
    private static void Type(DevToolsPage page, string selector, string text) =>
        page.Evaluate($"(() => {{ const f = document.querySelector('{selector}'); f.focus(); f.value = {JsonSerializer.Serialize(text)}; f.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()");

    private static int VisibleRows(DevToolsPage page, string table) =>
        page.Evaluate($"[...document.querySelectorAll('{table} tbody tr')].filter(r => !r.hidden).length").GetInt32();

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    private static string Templates() => Path.Combine(RepositoryRoot(), "templates");

    private static string RepositoryRoot() => Repo.Root;

    public void Dispose() => _temp.Dispose();
}
