using System.Collections.Concurrent;
using Npgsql;
using Reporting.RunFormat;

namespace Reporting.Archive.Index;

/// <summary>
/// The archive index in PostgreSQL, for an archive that workers on several machines add to: the
/// tables, columns, keys, append-only triggers and queries of <see cref="ArchiveIndex"/>, so an
/// add, recovery, <c>archive list/search/show</c> and <c>verify</c> behave the same on either.
/// </summary>
/// <remarks>
/// The schema is migrated when the index is first opened by a process, under a transaction-scoped
/// advisory lock so that workers starting together do not race on CREATE. Orderings use the "C"
/// collation, which sorts as SQLite's BINARY does, so both list rows in the same order whatever
/// locale the database was created with. One database (or schema, via <c>Search Path</c>) per archive.
/// </remarks>
public sealed class PostgresArchiveIndex : IArchiveIndex
{
    /// <summary>The schema version this build writes; migrations bring an older database up to it.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Any fixed number: the advisory lock held while the schema is migrated.</summary>
    private const long MigrationLockKey = 0x5265706f72746e67;

    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> _sources = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> _migrated = new(StringComparer.Ordinal);

    private readonly NpgsqlConnection _connection;

    private PostgresArchiveIndex(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Opens the index, migrating its schema once per process and database.</summary>
    public static PostgresArchiveIndex Open(string connectionString)
    {
        var source = _sources.GetOrAdd(connectionString, NpgsqlDataSource.Create);
        var index = new PostgresArchiveIndex(source.OpenConnection());
        if (!_migrated.ContainsKey(connectionString))
        {
            index.Migrate();
            _migrated[connectionString] = true;
        }
        return index;
    }

    /// <summary>Whether the database holds an archive index (its runs table) yet.</summary>
    public static bool Exists(string connectionString)
    {
        using var connection = _sources.GetOrAdd(connectionString, NpgsqlDataSource.Create).OpenConnection();
        using var command = new NpgsqlCommand("SELECT to_regclass('runs') IS NOT NULL", connection);
        return command.ExecuteScalar() is true;
    }

    private void Migrate()
    {
        using var transaction = _connection.BeginTransaction();
        Execute("SELECT pg_advisory_xact_lock(@key)", transaction, ("key", MigrationLockKey));
        Execute("CREATE TABLE IF NOT EXISTS index_schema (version INTEGER NOT NULL)", transaction);
        var current = Query("SELECT COALESCE(MAX(version), 0) FROM index_schema", r => r.GetInt32(0), transaction).Single();
        if (current > SchemaVersion)
            throw new InputException(new Diagnostic("index database", 0, 0, null, $"holds archive index schema {current}; this build knows schema {SchemaVersion} at most (upgrade the reporting command)"));
        if (current < 1)
        {
            Execute("""
                CREATE TABLE runs (
                  deal_id TEXT NOT NULL, period TEXT NOT NULL, version INTEGER NOT NULL,
                  path TEXT NOT NULL UNIQUE, deal_name TEXT NOT NULL, scenario TEXT, engine_version TEXT NOT NULL,
                  manifest_sha256 TEXT NOT NULL, archived_at TEXT NOT NULL,
                  PRIMARY KEY (deal_id, period, version));
                CREATE TABLE documents (
                  path TEXT PRIMARY KEY, deal_id TEXT NOT NULL, period TEXT NOT NULL, version INTEGER NOT NULL,
                  kind TEXT NOT NULL, format TEXT NOT NULL, title TEXT NOT NULL, document_date TEXT, addressee TEXT,
                  pages INTEGER, results_key TEXT, sha256 TEXT NOT NULL, original_sha256 TEXT NOT NULL,
                  FOREIGN KEY (deal_id, period, version) REFERENCES runs (deal_id, period, version));
                CREATE INDEX documents_by_run ON documents (deal_id, period, version);
                CREATE INDEX documents_by_sha256 ON documents (sha256 text_pattern_ops);
                CREATE INDEX documents_by_original_sha256 ON documents (original_sha256 text_pattern_ops);
                CREATE TABLE quarantine (
                  path TEXT PRIMARY KEY, original_path TEXT NOT NULL, reason TEXT NOT NULL, quarantined_at TEXT NOT NULL);
                CREATE FUNCTION archive_index_append_only() RETURNS trigger LANGUAGE plpgsql AS
                  $$ BEGIN RAISE EXCEPTION 'the archive index is append-only'; END $$;
                CREATE TRIGGER runs_append_only_update BEFORE UPDATE ON runs FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
                CREATE TRIGGER runs_append_only_delete BEFORE DELETE ON runs FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
                CREATE TRIGGER documents_append_only_update BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
                CREATE TRIGGER documents_append_only_delete BEFORE DELETE ON documents FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
                INSERT INTO index_schema (version) VALUES (1);
                """, transaction);
        }
        transaction.Commit();
    }

    public void Insert(IndexRows rows, Action? beforeCommit = null)
    {
        using var transaction = _connection.BeginTransaction();
        var run = rows.Run;
        Execute("""
            INSERT INTO runs (deal_id, period, version, path, deal_name, scenario, engine_version, manifest_sha256, archived_at)
            VALUES (@deal, @period, @version, @path, @name, @scenario, @engine, @manifest, @at)
            """, transaction, ("deal", run.DealId), ("period", run.Period), ("version", run.Version), ("path", run.Path),
            ("name", run.DealName), ("scenario", run.Scenario), ("engine", run.EngineVersion), ("manifest", run.ManifestSha256), ("at", run.ArchivedAt));
        foreach (var d in rows.Documents)
        {
            Execute("""
                INSERT INTO documents (path, deal_id, period, version, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256)
                VALUES (@path, @deal, @period, @version, @kind, @format, @title, @date, @addressee, @pages, @key, @sha, @original)
                """, transaction, ("path", d.Path), ("deal", d.DealId), ("period", d.Period), ("version", d.Version), ("kind", d.Kind),
                ("format", d.Format), ("title", d.Title), ("date", d.DocumentDate), ("addressee", d.Addressee), ("pages", d.Pages),
                ("key", d.ResultsKey), ("sha", d.Sha256), ("original", d.OriginalSha256));
        }
        beforeCommit?.Invoke();
        transaction.Commit();
    }

    public void InsertQuarantine(string path, string originalPath, string reason, string at)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("INSERT INTO quarantine (path, original_path, reason, quarantined_at) VALUES (@path, @original, @reason, @at)",
            transaction, ("path", path), ("original", originalPath), ("reason", reason), ("at", at));
        transaction.Commit();
    }

    private const string RunColumns = """
        SELECT r.deal_id, r.period, r.version, r.path, r.deal_name, r.scenario, r.engine_version, r.manifest_sha256, r.archived_at,
               (SELECT COUNT(*)::int FROM documents d WHERE d.deal_id = r.deal_id AND d.period = r.period AND d.version = r.version)
        FROM runs r
        """;

    public IReadOnlyList<IndexedRun> Runs(string? dealId = null, string? period = null, int? version = null) =>
        Query(RunColumns + """
             WHERE (@deal::text IS NULL OR r.deal_id = @deal) AND (@period::text IS NULL OR r.period = @period) AND (@version::int IS NULL OR r.version = @version)
            ORDER BY r.deal_id COLLATE "C", r.period COLLATE "C", r.version
            """, ReadRun, null, ("deal", dealId), ("period", period), ("version", version));

    public IReadOnlyList<IndexedRun> RunsOf(string dealId, string period) =>
        Query(RunColumns + " WHERE r.deal_id = @deal AND r.period = @period ORDER BY r.version", ReadRun, null, ("deal", dealId), ("period", period));

    public IReadOnlyList<IndexedDocument> Documents(DocumentQuery query) =>
        Query("""
            SELECT deal_id, period, version, path, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256
            FROM documents
            WHERE (@deal::text IS NULL OR deal_id = @deal) AND (@period::text IS NULL OR period = @period) AND (@version::int IS NULL OR version = @version)
              AND (@kind::text IS NULL OR kind = @kind)
              AND (@hash::text IS NULL OR starts_with(sha256, @hash) OR starts_with(original_sha256, @hash))
              AND (@addressee::text IS NULL OR strpos(lower(addressee), lower(@addressee)) > 0)
              AND (@title::text IS NULL OR strpos(lower(title), lower(@title)) > 0)
              AND (@from::text IS NULL OR document_date >= @from) AND (@to::text IS NULL OR document_date <= @to)
            ORDER BY deal_id COLLATE "C", period COLLATE "C", version, path COLLATE "C"
            """, ReadDocument, null,
            ("deal", query.DealId), ("period", query.Period), ("version", query.Version), ("kind", query.Kind),
            ("hash", query.HashPrefix?.ToLowerInvariant()), ("addressee", query.Addressee), ("title", query.TitleContains),
            ("from", query.DateFrom), ("to", query.DateTo));

    public IndexedDocument? Document(string path) =>
        Query("""
            SELECT deal_id, period, version, path, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256
            FROM documents WHERE path = @path
            """, ReadDocument, null, ("path", path)).FirstOrDefault();

    public IReadOnlyList<(string Path, string OriginalPath, string Reason)> Quarantined() =>
        Query("SELECT path, original_path, reason FROM quarantine ORDER BY path COLLATE \"C\"", r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    public IReadOnlyList<(string Path, string OriginalPath, string Reason, string At)> QuarantinedWithTimes() =>
        Query("SELECT path, original_path, reason, quarantined_at FROM quarantine ORDER BY path COLLATE \"C\"", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    public IReadOnlySet<string> TriggerNames() =>
        Query("SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' AND tgrelid IN ('runs'::regclass, 'documents'::regclass)",
            r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>PostgreSQL keeps its own files consistent (WAL); what can go wrong here is a missing table.</summary>
    public string IntegrityCheck()
    {
        var missing = new[] { "runs", "documents", "quarantine" }
            .Where(t => Query("SELECT to_regclass(@t) IS NULL", r => r.GetBoolean(0), null, ("t", t)).Single()).ToList();
        return missing.Count == 0 ? "ok" : "missing table(s) " + string.Join(", ", missing);
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, NpgsqlTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, _connection, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, NpgsqlTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, _connection, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static IndexedRun ReadRun(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), NullableString(r, 5),
            r.GetString(6), r.GetString(7), r.GetString(8), r.GetInt32(9));

    private static IndexedDocument ReadDocument(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.GetString(6), NullableString(r, 7), NullableString(r, 8), r.IsDBNull(9) ? null : r.GetInt32(9), NullableString(r, 10),
            r.GetString(11), r.GetString(12));

    private static string? NullableString(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
