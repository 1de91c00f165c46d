using Microsoft.Data.Sqlite;
using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;
using Reporting.Archive.Verification;
using Reporting.RunFormat;

namespace Reporting.Archive.Tests.Verification;

/// <summary>
/// Every kind of damage to an archived version, or to the index, is a named finding (never an
/// exception, never a pass); <c>reporting archive reindex</c> rebuilds the index from the version folders.
/// </summary>
public sealed class ArchiveDamageTests
{
    private const string Version = "gmacm-2006-he3/2007-03/v0001";
    private const string Statement = "documents/statement-2007-03.pdf";

    /// <summary>A damage done to a fresh archive, and the finding (path, check) it must produce.</summary>
    public static TheoryData<string, string, string> Damages => new()
    {
        { "delete-pdf", Statement, "hash" },
        { "delete-workbook", "workbooks/figures-2007-03.xlsx", "hash" },
        { "corrupt-results", "results.json", "results" },
        { "truncate-results", "results.json", "hash" },
        { "corrupt-manifest", "manifest.json", "manifest" },
        { "corrupt-record", "archive.json", "record" },
        { "delete-record", "archive.json", "record" },
        { "corrupt-pdf", Statement, "page-text" },
        { "change-template", "templates/documents/statement.sbn", "hash" },
        { "delete-template", "templates/", "re-render" },
        { "font-hash", "manifest.json", "font" },
        { "corrupt-index", "index.sqlite", "index" },
        { "delete-index", "index.sqlite", "index" },
        { "drop-triggers", "index.sqlite", "index" },
        { "repoint-version", Version, "index" },
        { "forge-addressee", Statement, "index" },
        { "forge-document-row", "documents/forged-2007-03.pdf", "index" },
        { "delete-document-row", Statement, "index" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Each_damage_is_a_named_finding(string damage, string path, string check)
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        Damage(damage, run.ArchiveFolder, archived.Path);

        var report = ArchiveVerifier.Verify(archived.Path, new FakeRunRenderer());

        Assert.False(report.Matches);
        Assert.True(report.Findings.Any(f => f.Path == path && f.Check == check),
            $"expected '{path}: {check}: …' among:\n{string.Join("\n", report.Findings)}");
    }

    [Fact]
    public void A_forged_version_row_with_no_folder_is_found_by_verifying_the_whole_archive()
    {
        using var run = new TestRun();
        run.Archive(run.Render());
        Sql(run.ArchiveFolder, $"INSERT INTO runs SELECT 'forged', period, version, 'forged/2007-03/v0001', deal_name, scenario, engine_version, manifest_sha256, archived_at FROM runs");

        Assert.True(ArchiveVerifier.IsArchiveRoot(run.ArchiveFolder));
        var report = ArchiveVerifier.VerifyArchive(run.ArchiveFolder, new FakeRunRenderer());

        Assert.Equal(["forged/2007-03/v0001: index: index.sqlite lists version 1 of forged 2007-03 here, but the archive has no such version folder"],
            report.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void An_undamaged_archive_verifies_whole()
    {
        using var run = new TestRun();
        run.Archive(run.Render());
        run.SetFixings("date,rate\n2007-02-22,5.50000\n");
        run.Archive(run.Render());

        var report = ArchiveVerifier.VerifyArchive(run.ArchiveFolder, new FakeRunRenderer());

        Assert.True(report.Matches, string.Join("\n", report.Findings));
        Assert.Equal(16, report.FilesChecked);
    }

    [Theory]
    [InlineData("delete-index")]
    [InlineData("corrupt-index")]
    [InlineData("forge-addressee")]
    [InlineData("repoint-version")]
    [InlineData("drop-triggers")]
    public void Reindex_rebuilds_an_index_that_verifies_and_keeps_the_old_file(string damage)
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        using (var before = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
        {
            var expected = before.Documents(new DocumentQuery()).ToList();
            Damage(damage, run.ArchiveFolder, archived.Path);

            // Rebuilt a year after the add: the add's time is kept where the old index still has it.
            var later = new ArchiveOptions(new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 5, 6, 0, 0)), TimeSpan.FromMinutes(2));
            var result = IndexRebuild.Run(run.ArchiveFolder, later);

            Assert.Equal((1, 3), (result.Versions, result.Documents));
            Assert.Empty(result.NotIndexed);
            using var after = ArchiveIndex.OpenReadOnly(run.ArchiveFolder);
            Assert.Equal(expected, after.Documents(new DocumentQuery()));
            // (A row re-pointed elsewhere no longer describes the folder: its time is not trusted either.)
            Assert.Equal(damage is "delete-index" or "corrupt-index" or "repoint-version" ? "2025-05-06T00:00:00Z" : "2024-05-06T07:08:09Z", after.Runs().Single().ArchivedAt);
        }
        Assert.True(ArchiveVerifier.Verify(archived.Path, new FakeRunRenderer()).Matches);
        Assert.Equal(damage != "delete-index", File.Exists(Path.Combine(run.ArchiveFolder, ".replaced", "index-1.sqlite")));
    }

    [Fact]
    public void Reindex_names_a_damaged_version_and_leaves_it_out()
    {
        using var run = new TestRun();
        var archived = run.Archive(run.Render());
        Damage("delete-pdf", run.ArchiveFolder, archived.Path);

        var result = IndexRebuild.Run(run.ArchiveFolder, TestRun.Options());

        Assert.Equal(0, result.Versions);
        Assert.Equal([$"{Version}: {Statement} is missing or does not match archive.json"], result.NotIndexed);
    }

    private static void Damage(string damage, string archive, string version)
    {
        string At(string path) => Path.Combine(version, path);
        switch (damage)
        {
            case "delete-pdf": File.Delete(At(Statement)); break;
            case "delete-workbook": File.Delete(At("workbooks/figures-2007-03.xlsx")); break;
            case "corrupt-results": File.WriteAllText(At("results.json"), "garbage"); break;
            case "truncate-results":
                var results = File.ReadAllBytes(At("results.json"));
                File.WriteAllBytes(At("results.json"), results[..(results.Length / 2)]);
                break;
            case "corrupt-manifest": File.WriteAllText(At("manifest.json"), "{"); break;
            case "corrupt-record": File.WriteAllText(At("archive.json"), "{"); break;
            case "delete-record": File.Delete(At("archive.json")); break;
            case "corrupt-pdf":
                var pdf = File.ReadAllBytes(At(Statement));
                Array.Fill(pdf, (byte)'x', 0, 200);
                File.WriteAllBytes(At(Statement), pdf);
                break;
            case "change-template": File.AppendAllText(At("templates/documents/statement.sbn"), " (amended)"); break;
            case "delete-template": File.Delete(At("templates/documents/statement.sbn")); break;
            case "font-hash":
                // The manifest's font hash changed, and archive.json's record of the manifest with it: only
                // the re-render (whose font hash is the machine's) and the index can tell.
                var manifest = File.ReadAllText(At("manifest.json"));
                var fonts = manifest.IndexOf("\"fonts\"", StringComparison.Ordinal);
                var hash = manifest.IndexOf("\"sha256\": \"", fonts, StringComparison.Ordinal) + 11;
                var oldManifestHash = Hashes.Sha256(File.ReadAllBytes(At("manifest.json")));
                manifest = manifest[..hash] + new string('0', 64) + manifest[(hash + 64)..];
                File.WriteAllText(At("manifest.json"), manifest);
                File.WriteAllText(At("archive.json"), File.ReadAllText(At("archive.json"))
                    .Replace(oldManifestHash, Hashes.Sha256(File.ReadAllBytes(At("manifest.json")))));
                break;
            case "corrupt-index": File.WriteAllText(Path.Combine(archive, "index.sqlite"), "not a database"); break;
            case "delete-index": File.Delete(Path.Combine(archive, "index.sqlite")); break;
            case "drop-triggers": Sql(archive, "DROP TRIGGER documents_append_only_update"); break;
            case "repoint-version": Sql(archive, "DROP TRIGGER runs_append_only_update; UPDATE runs SET path = 'other/2007-03/v0001'"); break;
            case "forge-addressee":
                Sql(archive, $"DROP TRIGGER documents_append_only_update; UPDATE documents SET addressee = 'Mallory Bank' WHERE path = '{Version}/{Statement}'");
                break;
            case "forge-document-row":
                Sql(archive, $"INSERT INTO documents SELECT replace(path, 'statement', 'forged'), deal_id, period, version, kind, format, title, document_date, 'Mallory', pages, results_key, sha256, original_sha256 FROM documents WHERE path = '{Version}/{Statement}'");
                break;
            case "delete-document-row":
                Sql(archive, $"DROP TRIGGER documents_append_only_delete; DELETE FROM documents WHERE path = '{Version}/{Statement}'");
                break;
            default: throw new ArgumentException(damage);
        }
    }

    /// <summary>What anyone with sqlite3 can do to the index.</summary>
    private static void Sql(string archive, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(archive, "index.sqlite"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
