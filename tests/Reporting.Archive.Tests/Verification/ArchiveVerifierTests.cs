using Reporting.Archive.Tests.Support;
using Reporting.Archive.Verification;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Archive.Tests.Verification;

public sealed class ArchiveVerifierTests
{
    [Fact]
    public void An_untouched_version_re_renders_byte_for_byte()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        var report = ArchiveVerifier.Verify(archived.Path, new FakeRunRenderer());
        Assert.True(report.Matches, string.Join("\n", report.Findings));
        Assert.Equal(8, report.FilesChecked); // every file archive.json lists (it does not list itself)
    }

    [Fact]
    public void A_single_archived_document_can_be_verified()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        var report = ArchiveVerifier.Verify(Path.Combine(archived.Path, "documents", "notice-2007-03.pdf"), new FakeRunRenderer());
        Assert.True(report.Matches, string.Join("\n", report.Findings));
        Assert.Equal("documents/notice-2007-03.pdf", report.Document);
    }

    [Fact]
    public void A_changed_byte_in_an_archived_document_is_a_hash_mismatch_of_that_file()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        var file = Path.Combine(archived.Path, "workbooks", "figures-2007-03.xlsx");
        var bytes = File.ReadAllBytes(file);
        bytes[^30] ^= 0x01;
        File.WriteAllBytes(file, bytes);

        var report = ArchiveVerifier.Verify(archived.Path, new FakeRunRenderer());
        Assert.False(report.Matches);
        Assert.Contains(report.Findings, f => f.Path == "workbooks/figures-2007-03.xlsx" && f.Check == "hash");
        Assert.Contains(report.Findings, f => f.Path == "workbooks/figures-2007-03.xlsx" && f.Check == "index");
        Assert.DoesNotContain(report.Findings, f => f.Path.StartsWith("documents/"));
    }

    [Fact]
    public void A_template_changed_inside_the_archive_shows_which_page_text_and_which_manifest_entry_differ()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        File.WriteAllText(Path.Combine(archived.Path, "templates", "documents", "statement.sbn"), "Monthly Trustee Statement (amended)");

        var report = ArchiveVerifier.Verify(archived.Path, new FakeRunRenderer());
        var lines = report.Findings.Select(f => f.ToString()).ToList();
        Console.WriteLine(string.Join("\n", lines));
        Assert.False(report.Matches);
        Assert.Contains(lines, l => l.StartsWith("templates/documents/statement.sbn: hash: SHA-256 is"));
        Assert.Contains(lines, l => l.StartsWith("manifest.json: manifest: templates[documents/statement.sbn].sha256: archived"));
        Assert.Contains(lines, l => l.StartsWith("manifest.json: manifest: outputs[documents/statement-2007-03.pdf].sha256"));
        Assert.Contains(lines, l => l.StartsWith("documents/statement-2007-03.pdf: page-text: page 1 text differs at character 27"));
        Assert.DoesNotContain(lines, l => l.StartsWith("documents/notice-2007-03.pdf"));
    }

    [Fact]
    public void A_file_added_to_a_version_is_reported()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        File.WriteAllText(Path.Combine(archived.Path, "documents", "extra.pdf"), "%PDF-1.4");
        var report = ArchiveVerifier.Verify(archived.Path, new FakeRunRenderer());
        Assert.Contains(report.Findings, f => f.Path == "documents/extra.pdf" && f.Check == "listing");
    }

    [Fact]
    public void Without_a_renderer_the_hashes_are_checked_but_the_report_does_not_claim_a_match()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        var report = ArchiveVerifier.Verify(archived.Path, renderer: null);
        Assert.Empty(report.Findings);
        Assert.False(report.ReRendered);
        Assert.False(report.Matches);
    }

    [Fact]
    public void A_path_outside_any_archive_is_bad_input_with_a_message()
    {
        using var run = new TestRun();
        var e = Assert.Throws<InputException>(() => ArchiveVerifier.Verify(run.DealFolder, new FakeRunRenderer()));
        Assert.Contains("not inside an archived run version", e.Message);
        e = Assert.Throws<InputException>(() => ArchiveVerifier.Verify(run.Combine("nowhere"), new FakeRunRenderer()));
        Assert.Contains("does not exist", e.Message);
    }
}
