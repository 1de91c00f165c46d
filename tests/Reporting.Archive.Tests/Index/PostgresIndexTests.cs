using Npgsql;
using Reporting.Archive.Index;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;
using Reporting.Archive.Verification;
using Reporting.Testing;

namespace Reporting.Archive.Tests.Index;

/// <summary>
/// The archive index in PostgreSQL (a throwaway cluster) against the embedded SQLite one: the same
/// runs archived into both give the same rows and the same answers to every query, the lifecycle
/// rows (run entries, approvals, issues) and their searches included; a schema-1 PostgreSQL index is
/// migrated, and <c>archive reindex</c> rebuilds either.
/// </summary>
public sealed class PostgresIndexTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [Fact]
    public void The_same_runs_give_the_same_rows_and_answers_as_sqlite()
    {
        using var run = new TestRun();
        var postgres = new PostgresIndexDatabase(cluster.CreateDatabase("index"));
        var pgArchive = run.Combine("pg-archive");
        foreach (var period in new[] { "2007-03", "2007-04" })
        {
            var folder = run.Render(period);
            run.Archive(folder);
            var added = ArchiveStore.Open(pgArchive, TestRun.Options() with { IndexDatabase = postgres }).Add(folder, run.DealFolder, run.TemplatesFolder);
            Assert.True(added.IsNew);
        }
        run.SetFixings("date,rate\n2007-02-22,5.41000\n");
        var changed = run.Render("2007-03");
        run.Archive(changed);
        Assert.Equal(2, ArchiveStore.Open(pgArchive, TestRun.Options() with { IndexDatabase = postgres }).Add(changed, run.DealFolder, run.TemplatesFolder).Version);

        // The same approval in both archives: its chain entry (and so its row) is the same in each.
        DocumentLifecycle.Approve(ArchiveStore.Open(run.ArchiveFolder, TestRun.Options()), $"{Deal}/2007-03/v0002", "Bob Approver");
        DocumentLifecycle.Approve(ArchiveStore.Open(pgArchive, TestRun.Options() with { IndexDatabase = postgres }), $"{Deal}/2007-03/v0002", "Bob Approver");

        using var sqlite = ArchiveIndex.OpenReadOnly(run.ArchiveFolder);
        using var pg = postgres.OpenReadOnly(pgArchive);
        // Every row of every table, lifecycle tables included, column by column.
        Assert.Equal(sqlite.Dump(), pg.Dump());
        Assert.Equal(3, pg.Dump().Count(r => r.StartsWith("run_entries: ", StringComparison.Ordinal)));
        Assert.Equal(sqlite.LifecycleOf(Deal, "2007-03"), pg.LifecycleOf(Deal, "2007-03"));
        Assert.Equal("Bob Approver", pg.LifecycleOf(Deal, "2007-03")[$"{Deal}/2007-03/v0002"].Approver);
        Assert.Equal(sqlite.PeriodsOf(Deal), pg.PeriodsOf(Deal));
        Assert.Equal(new[] { ("2007-03", 2), ("2007-04", 1) }, pg.PeriodsOf(Deal).Select(p => (p.Period, p.Versions)));
        Assert.Equal(sqlite.Deals(), pg.Deals());
        Assert.Equal(sqlite.DocumentsOf(Deal, "2007-03"), pg.DocumentsOf(Deal, "2007-03"));
        Assert.True(pg.HasDeal(Deal) && !pg.HasDeal("no-such-deal"));
        Assert.True(pg.HasRunEntry($"{Deal}/2007-04/v0001") && !pg.HasRunEntry($"{Deal}/2007-05/v0001"));
        // The one-row lookups an approval and an issue decide by.
        foreach (var version in new[] { $"{Deal}/2007-03/v0001", $"{Deal}/2007-03/v0002", $"{Deal}/2007-05/v0001" })
        {
            Assert.Equal(sqlite.RunEntry(version), pg.RunEntry(version));
            Assert.Equal(sqlite.Approval(version), pg.Approval(version));
        }
        Assert.Equal("not recorded", pg.RunEntry($"{Deal}/2007-03/v0002")!.Preparer);
        Assert.Equal("Bob Approver", pg.Approval($"{Deal}/2007-03/v0002")!.Approver);
        Assert.Null(pg.Approval($"{Deal}/2007-03/v0001"));
        Assert.Null(pg.RunEntry($"{Deal}/2007-05/v0001"));
        // Three run entries and one approval: one row per chain entry.
        Assert.Equal((4L, 4L), (sqlite.LifecycleRowCount(), pg.LifecycleRowCount()));
        // Three versions (2007-03 v1 and v2, 2007-04 v1), each with the fake renderer's documents.
        Assert.Equal(3, pg.Runs().Count);
        Assert.Equal(sqlite.Runs(), pg.Runs());
        Assert.Equal(sqlite.RunsOf("gmacm-2006-he3", "2007-03"), pg.RunsOf("gmacm-2006-he3", "2007-03"));
        Assert.Equal(sqlite.Documents(new DocumentQuery()), pg.Documents(new DocumentQuery()));
        var one = sqlite.Documents(new DocumentQuery()).First(d => d.Format == "pdf");
        foreach (var query in new[]
        {
            new DocumentQuery(HashPrefix: one.OriginalSha256[..10].ToUpperInvariant()),
            new DocumentQuery(HashPrefix: one.Sha256[..8]),
            new DocumentQuery(Addressee: one.Addressee?[..4].ToUpperInvariant()),
            new DocumentQuery(DealId: "gmacm-2006-he3", Period: "2007-03", Version: 2),
            new DocumentQuery(DateFrom: "2007-04-01"),
        })
        {
            Assert.NotEmpty(pg.Documents(query));
            Assert.Equal(sqlite.Documents(query), pg.Documents(query));
        }
        Assert.Equal(one, pg.Document(one.Path));
        Assert.Equal("ok", pg.IntegrityCheck());
        Assert.True(ArchiveIndex.AppendOnlyTriggers.All(pg.TriggerNames().Contains));

        // Verification reads the PostgreSQL index as it reads index.sqlite: nothing differs.
        Assert.Empty(ArchiveVerifier.VerifyArchive(pgArchive, null, postgres).Findings);
    }

    [Fact]
    public void Issues_are_searched_alike_and_an_unbacked_row_is_named_with_its_database()
    {
        using var run = new TestRun();
        var postgres = new PostgresIndexDatabase(cluster.CreateDatabase("index"));
        var pgArchive = run.Combine("pg-archive");
        var folder = run.Render("2007-03");
        run.Archive(folder);
        ArchiveStore.Open(pgArchive, TestRun.Options() with { IndexDatabase = postgres }).Add(folder, run.DealFolder, run.TemplatesFolder);

        // Two issues of one notice, the second an amendment of the first, and a letter to another party:
        // the same rows into both indexes (issuing proper needs a signed PDF; the rows are what is compared here).
        var first = Issued(1, "NOTICE/2007-03", "Trustee Bank, N.A.", null, null);
        var amended = Issued(2, "NOTICE/2007-03", "Trustee Bank, N.A.", $"issued/{Deal}/2007-03/i0001", "a rate corrected");
        var letter = Issued(3, "LETTER/2007-03", "Swap Counterparty plc", null, null);
        using (var sqliteIndex = ArchiveIndex.OpenOrCreate(Path.Combine(run.ArchiveFolder, ArchiveLayout.IndexFileName)))
        using (var pgIndex = postgres.OpenOrCreate(new ArchiveLayout(pgArchive)))
            foreach (var index in new IArchiveIndex[] { sqliteIndex, pgIndex })
                foreach (var (record, n) in new[] { (first, 1), (amended, 2), (letter, 3) })
                {
                    index.InsertIssue($"issued/{Deal}/2007-03/i000{n}", record, new string((char)('a' + n), 64), $"2024-05-06T07:08:1{n}Z");
                    // A second insert of the same issue (a replay) changes nothing.
                    index.InsertIssue($"issued/{Deal}/2007-03/i000{n}", record, new string((char)('a' + n), 64), $"2024-05-06T07:08:1{n}Z");
                }

        using var sqlite = ArchiveIndex.OpenReadOnly(run.ArchiveFolder);
        using var pg = postgres.OpenReadOnly(pgArchive);
        Assert.Equal(sqlite.Dump(), pg.Dump());
        Assert.Equal(sqlite.IssuesOf(Deal, "2007-03"), pg.IssuesOf(Deal, "2007-03"));
        Assert.Equal($"issued/{Deal}/2007-03/i0002", pg.IssuesOf(Deal, "2007-03")[0].SupersededBy);
        Assert.Equal(sqlite.IssuesWithReference(Deal, "NOTICE/2007-03"), pg.IssuesWithReference(Deal, "NOTICE/2007-03"));
        Assert.Equal([(1, $"issued/{Deal}/2007-03/i0002"), (2, null)], pg.IssuesWithReference(Deal, "NOTICE/2007-03").Select(i => (i.Record.Number, i.SupersededBy)));
        Assert.Empty(pg.IssuesWithReference(Deal, "notice/2007-03")); // a reference is matched exactly, not as a search is
        Assert.Equal((4L, 4L), (sqlite.LifecycleRowCount(), pg.LifecycleRowCount()));
        foreach (var (query, expected) in new (IssueQuery Query, int[] Expected)[]
        {
            (new IssueQuery(), [1, 2, 3]),
            (new IssueQuery(DealId: Deal, Reference: "notice"), [1, 2]),
            (new IssueQuery(State: "latest"), [2, 3]),
            (new IssueQuery(State: "superseded"), [1]),
            (new IssueQuery(Recipient: "SWAP"), [3]),
            (new IssueQuery(HashPrefix: new string('C', 12)), [2]),
            (new IssueQuery(Kind: "letter", DateFrom: "2007-03-26"), [3]),
            (new IssueQuery(TitleContains: "notice", DateTo: "2007-03-25", State: "latest"), []),
        })
        {
            Assert.Equal(expected, pg.Issues(query).Select(i => i.Record.Number));
            Assert.Equal(sqlite.Issues(query), pg.Issues(query));
        }

        // No chain entry backs these rows: verify says so, naming the index the rows are in.
        var findings = ArchiveVerifier.VerifyArchive(pgArchive, null, postgres).Findings.Select(f => f.Message).ToList();
        Assert.Equal(3, findings.Count(f => f.StartsWith("the PostgreSQL archive index has a lifecycle row the hash chain does not back: issues: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Contains("index.sqlite", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schema_1_index_is_migrated_and_reindex_rebuilds_either_index_alike()
    {
        using var run = new TestRun();
        var connection = cluster.CreateDatabase("index");
        var postgres = new PostgresIndexDatabase(connection);
        var pgArchive = run.Combine("pg-archive");
        foreach (var period in new[] { "2007-03", "2007-04" })
        {
            var folder = run.Render(period);
            run.Archive(folder);
            ArchiveStore.Open(pgArchive, TestRun.Options() with { IndexDatabase = postgres }).Add(folder, run.DealFolder, run.TemplatesFolder);
        }

        // Back to schema 1 (no lifecycle tables), as a database written by the previous build is.
        using (var db = new NpgsqlConnection(connection))
        {
            db.Open();
            using var down = new NpgsqlCommand("DROP TABLE issues, approvals, run_entries; DELETE FROM index_schema WHERE version = 2", db);
            down.ExecuteNonQuery();
        }
        // Another connection string to the same database: a process that has not migrated it yet.
        var later = new PostgresIndexDatabase(connection + ";Application Name=later");
        using (var migrated = later.OpenReadOnly(pgArchive))
        {
            Assert.True(new[] { "run_entries", "approvals", "issues" }.All(migrated.TableNames().Contains));
            Assert.True(ArchiveIndex.AppendOnlyTriggers.All(migrated.TriggerNames().Contains));
            Assert.False(migrated.HasRunEntry($"{Deal}/2007-03/v0001"));
        }
        // An approval into the migrated index finds no lifecycle rows for the chain's two entries: it
        // replays the chain first, and then holds the rows an index of schema 2 had all along.
        DocumentLifecycle.Approve(ArchiveStore.Open(run.ArchiveFolder, TestRun.Options()), $"{Deal}/2007-03/v0001", "Bob Approver");
        DocumentLifecycle.Approve(ArchiveStore.Open(pgArchive, TestRun.Options() with { IndexDatabase = later }), $"{Deal}/2007-03/v0001", "Bob Approver");
        using (var sqlite = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
        using (var pg = later.OpenReadOnly(pgArchive))
        {
            Assert.Equal(sqlite.Dump(), pg.Dump());
            Assert.Equal(3L, pg.LifecycleRowCount());
        }

        // The rebuild: both indexes from the same version folders and chains give the same rows; the
        // old PostgreSQL tables are kept in a schema of their own, as the old index.sqlite in .replaced/.
        var sqliteResult = IndexRebuild.Run(run.ArchiveFolder, TestRun.Options());
        var pgResult = IndexRebuild.Run(pgArchive, TestRun.Options() with { IndexDatabase = later });
        Assert.Equal((2, sqliteResult.Documents), (pgResult.Versions, pgResult.Documents));
        Assert.Empty(pgResult.NotIndexed);
        Assert.Equal("PostgreSQL schema public_replaced_1", pgResult.Replaced);
        using (var sqlite = ArchiveIndex.OpenReadOnly(run.ArchiveFolder))
        using (var pg = later.OpenReadOnly(pgArchive))
        {
            Assert.Equal(sqlite.Dump(), pg.Dump());
            Assert.True(pg.HasRunEntry($"{Deal}/2007-03/v0001"));
        }
        using (var db = new NpgsqlConnection(connection))
        {
            db.Open();
            using var old = new NpgsqlCommand("SELECT COUNT(*) FROM public_replaced_1.runs", db);
            Assert.Equal(2L, old.ExecuteScalar());
        }
        Assert.Empty(ArchiveVerifier.VerifyArchive(pgArchive, null, later).Findings);
    }

    private const string Deal = "gmacm-2006-he3";

    /// <summary>An issue record of the 2007-03 run: the number decides its hashes (a run of one letter), the date and kind.</summary>
    private static IssueRecord Issued(int number, string reference, string recipient, string? amends, string? reason) =>
        new(IssueRecord.CurrentFormat, Deal, "2007-03", number, $"{Deal}/2007-03/v0001", "documents/notice.pdf",
            number == 3 ? "letter" : "notice", number == 3 ? "Letter to the counterparty" : "Notice to holders", reference,
            $"2007-03-2{4 + number}", recipient, recipient, number == 3 ? "email" : "courier", $"2007-03-2{4 + number}T10:00:00-04:00",
            amends is null ? null : reference, amends is null ? null : "2007-03-25", amends, reason, "notice.pdf",
            new string((char)('a' + number), 64), 1000 + number, new string((char)('0' + number), 64), null);

    [Fact]
    public void Same_inputs_again_add_nothing_and_rows_cannot_be_changed()
    {
        using var run = new TestRun();
        var connection = cluster.CreateDatabase("index");
        var postgres = new PostgresIndexDatabase(connection);
        var folder = run.Render("2007-03");
        var options = TestRun.Options() with { IndexDatabase = postgres };
        Assert.True(ArchiveStore.Open(run.ArchiveFolder, options).Add(folder, run.DealFolder, run.TemplatesFolder).IsNew);
        var again = ArchiveStore.Open(run.ArchiveFolder, options).Add(run.Render("2007-03"), run.DealFolder, run.TemplatesFolder);
        Assert.False(again.IsNew);
        Assert.Equal(1, again.Version);
        Assert.False(File.Exists(Path.Combine(run.ArchiveFolder, ArchiveLayout.IndexFileName)));

        using var db = new NpgsqlConnection(connection);
        db.Open();
        foreach (var sql in new[] { "UPDATE runs SET deal_name = 'x'", "DELETE FROM documents" })
        {
            using var command = new NpgsqlCommand(sql, db);
            var refused = Assert.Throws<PostgresException>(() => command.ExecuteNonQuery());
            Assert.Contains("append-only", refused.MessageText);
        }
        using var schema = new NpgsqlCommand("SELECT MAX(version) FROM index_schema", db);
        Assert.Equal(PostgresArchiveIndex.SchemaVersion, schema.ExecuteScalar());
    }
}
