using System.Text.Json;
using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;
using Reporting.Inputs;
using Reporting.RunFormat;
using UglyToad.PdfPig;

namespace Reporting.Archive.Tests.Store;

public sealed class ArchiveStoreTests
{
    [Fact]
    public void A_run_becomes_v0001_with_documents_inputs_templates_and_manifest()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());

        Assert.True(archived.IsNew);
        Assert.Equal(1, archived.Version);
        Assert.Equal(Path.Combine(run.ArchiveFolder, "gmacm-2006-he3", "2007-03", "v0001"), archived.Path);
        var files = Directory.EnumerateFiles(archived.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(archived.Path, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            "archive.json", "documents/notice-2007-03.pdf", "documents/statement-2007-03.pdf", "inputs/deal.yaml", "inputs/fixings.csv",
            "manifest.json", "results.json", "templates/documents/statement.sbn", "workbooks/figures-2007-03.xlsx",
        }, files);
        Assert.True(File.Exists(Path.Combine(run.ArchiveFolder, "index.sqlite")));
        Assert.True(File.Exists(Path.Combine(run.ArchiveFolder, "pages", "gmacm-2006-he3", "2007-03.js")));
    }

    [Fact]
    public void The_manifest_is_archived_byte_for_byte_and_records_the_fonts()
    {
        using var run = new TestRun();
        var folder = run.Render();
        var archived = run.Archive(folder);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "manifest.json")), File.ReadAllBytes(Path.Combine(archived.Path, "manifest.json")));
        var record = VersionRecord.Load(archived.Path);
        Assert.Equal("DejaVuSans.ttf", record.Fonts.Single().Path);
    }

    [Fact]
    public void An_archived_pdf_is_the_sent_document_plus_a_PDF_A_update_with_its_figures()
    {
        using var run = new TestRun();
        var folder = run.Render();
        var archived = run.Archive(folder);
        var sent = File.ReadAllBytes(Path.Combine(folder, "documents/statement-2007-03.pdf"));
        var copy = File.ReadAllBytes(Path.Combine(archived.Path, "documents/statement-2007-03.pdf"));

        Assert.Equal(sent, copy[..sent.Length]);
        using var pdf = PdfDocument.Open(copy);
        Assert.True(pdf.Advanced.TryGetEmbeddedFiles(out var attachments));
        var figures = JsonDocument.Parse(attachments.Single().Bytes.ToArray()).RootElement;
        Assert.Equal(1, figures.GetProperty("fixings").GetInt32());
        Assert.Equal("statement-2007-03.json", attachments.Single().Name);
        Assert.Equal("Monthly Trustee Statement, 2007-03", pdf.Information.Title);
    }

    [Fact]
    public void The_same_manifest_again_returns_the_existing_version_and_changes_nothing()
    {
        using var run = new TestRun();
        var first = run.Archive(run.Render());
        var before = ArchiveSnapshot.Of(run.ArchiveFolder);
        var again = run.Archive(run.Render());

        Assert.False(again.IsNew);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Path, again.Path);
        Assert.Equal(before, ArchiveSnapshot.Of(run.ArchiveFolder));
    }

    [Fact]
    public void Different_inputs_make_a_new_version_and_leave_the_old_one_untouched()
    {
        using var run = new TestRun();
        var first = run.Archive(run.Render());
        var v1 = ArchiveSnapshot.Of(run.ArchiveFolder).Where(l => l.Contains("v0001")).ToList();
        run.SetFixings("date,rate\n2007-02-22,5.33000\n");
        var second = run.Archive(run.Render());

        Assert.True(second.IsNew);
        Assert.Equal(2, second.Version);
        Assert.EndsWith(Path.Combine("2007-03", "v0002"), second.Path);
        Assert.Equal(v1, ArchiveSnapshot.Of(run.ArchiveFolder).Where(l => l.Contains("v0001")).ToList());
    }

    [Fact]
    public void Going_back_to_earlier_inputs_is_a_new_version_because_it_is_what_was_sent_last()
    {
        using var run = new TestRun();
        run.Archive(run.Render());
        run.SetFixings("date,rate\n2007-02-22,5.33000\n");
        run.Archive(run.Render());
        run.SetFixings("date,rate\n2007-02-22,5.32000\n");
        Assert.Equal(3, run.Archive(run.Render()).Version);
    }

    [Fact]
    public void Only_the_inputs_the_manifest_lists_are_copied()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        Assert.False(File.Exists(Path.Combine(archived.Path, "inputs", "unlisted-notes.txt")));
    }

    [Fact]
    public void An_input_changed_since_the_run_is_refused_and_nothing_is_archived()
    {
        using var run = new TestRun();
        var folder = run.Render();
        ArchiveStore.Open(run.ArchiveFolder, TestRun.Options());
        var before = ArchiveSnapshot.Of(run.ArchiveFolder);
        run.SetFixings("date,rate\n2007-02-22,9.99999\n");

        var e = Assert.Throws<InputException>(() => run.Archive(folder));
        Assert.Contains(e.Errors, error => error.File.EndsWith("fixings.csv") && error.Message.Contains("the manifest says"));
        Assert.Equal(before, ArchiveSnapshot.Of(run.ArchiveFolder));
    }

    [Fact]
    public void A_manifest_path_leaving_its_folder_is_refused()
    {
        using var run = new TestRun();
        var folder = run.Render();
        var manifest = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"deal.yaml\"", "\"../../etc/passwd\""));
        var e = Assert.Throws<InputException>(() => run.Archive(folder));
        Assert.Contains("relative path inside its folder", e.Message);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_not_a_run()
    {
        using var run = new TestRun();
        var e = Assert.Throws<InputException>(() => run.Archive(run.DealFolder));
        Assert.Contains("not a run folder", e.Message);
    }

    [Fact]
    public void The_index_rows_carry_deal_period_kind_date_addressee_version_hashes_and_paths()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        using var index = ArchiveIndex.OpenReadOnly(run.ArchiveFolder);
        var notice = index.Documents(new DocumentQuery(Kind: "cap-payment-notice")).Single();

        Assert.Equal(("gmacm-2006-he3", "2007-03", 1), (notice.DealId, notice.Period, notice.Version));
        Assert.Equal("2007-03-23", notice.DocumentDate);
        Assert.Equal("JPMorgan Chase Bank, National Association", notice.Addressee);
        Assert.Equal("gmacm-2006-he3/2007-03/v0001/documents/notice-2007-03.pdf", notice.Path);
        Assert.Equal(Hashes.Sha256OfFile(Path.Combine(archived.Path, "documents/notice-2007-03.pdf")), notice.Sha256);
        Assert.NotEqual(notice.Sha256, notice.OriginalSha256);
        var run1 = index.Runs().Single();
        Assert.Equal("2024-05-06T07:08:09Z", run1.ArchivedAt);
        Assert.Equal(3, run1.Documents);
    }

    [Fact]
    public void The_index_refuses_updates_and_deletes()
    {
        using var run = new TestRun();
        run.Archive(run.Render());
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(run.ArchiveFolder, "index.sqlite")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM documents";
        var e = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
        Assert.Contains("append-only", e.Message);
    }
}
