using Npgsql;
using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Archive.Tests.Support;
using Reporting.Archive.Verification;
using Reporting.Testing;

namespace Reporting.Archive.Tests.Index;

/// <summary>
/// The archive index in PostgreSQL (a throwaway cluster) against the embedded SQLite one: the same
/// runs archived into both give the same rows and the same answers to every query.
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

        using var sqlite = ArchiveIndex.OpenReadOnly(run.ArchiveFolder);
        using var pg = postgres.OpenReadOnly(pgArchive);
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
