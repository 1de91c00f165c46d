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
    public const int SchemaVersion = 2;

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

    /// <summary>Schema 1: runs, documents, quarantine, their indexes and append-only triggers.</summary>
    private const string RunTables = """
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
        CREATE TRIGGER runs_append_only_update BEFORE UPDATE ON runs FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER runs_append_only_delete BEFORE DELETE ON runs FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER documents_append_only_update BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER documents_append_only_delete BEFORE DELETE ON documents FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        """;

    /// <summary>Schema 2: the lifecycle rows of the hash chain (run entries, approvals, issues).</summary>
    private const string LifecycleTables = """
        CREATE TABLE run_entries (
          path TEXT PRIMARY KEY, preparer TEXT NOT NULL, entry_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL);
        CREATE TABLE approvals (
          path TEXT PRIMARY KEY, approver TEXT NOT NULL, entry_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL);
        CREATE TABLE issues (
          path TEXT PRIMARY KEY, deal_id TEXT NOT NULL, period TEXT NOT NULL, number INTEGER NOT NULL,
          run_path TEXT NOT NULL, run_document TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, reference TEXT NOT NULL,
          document_date TEXT NOT NULL, addressee TEXT, recipient TEXT NOT NULL, channel TEXT NOT NULL, sent_at TEXT NOT NULL,
          amends_reference TEXT, amends_date TEXT, amends_issue TEXT, reason TEXT, document TEXT NOT NULL,
          sent_sha256 TEXT NOT NULL, sent_length BIGINT NOT NULL, archived_sha256 TEXT NOT NULL, signer TEXT,
          entry_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL);
        CREATE INDEX issues_by_period ON issues (deal_id, period);
        CREATE INDEX issues_by_reference ON issues (deal_id, reference);
        CREATE INDEX issues_by_amended ON issues (amends_issue);
        CREATE INDEX issues_by_sent_sha256 ON issues (sent_sha256 text_pattern_ops);
        CREATE INDEX issues_by_archived_sha256 ON issues (archived_sha256 text_pattern_ops);
        CREATE TRIGGER run_entries_append_only_update BEFORE UPDATE ON run_entries FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER run_entries_append_only_delete BEFORE DELETE ON run_entries FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER approvals_append_only_update BEFORE UPDATE ON approvals FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER approvals_append_only_delete BEFORE DELETE ON approvals FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER issues_append_only_update BEFORE UPDATE ON issues FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        CREATE TRIGGER issues_append_only_delete BEFORE DELETE ON issues FOR EACH ROW EXECUTE FUNCTION archive_index_append_only();
        """;

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
                CREATE FUNCTION archive_index_append_only() RETURNS trigger LANGUAGE plpgsql AS
                  $$ BEGIN RAISE EXCEPTION 'the archive index is append-only'; END $$;
                """ + RunTables + "INSERT INTO index_schema (version) VALUES (1);", transaction);
        }
        if (current < 2)
        {
            // Schema 2: the lifecycle rows of the hash chain (who prepared, who approved, every issue).
            // An index of schema 1 gets the tables empty; `archive recover` replays the chain into them.
            Execute(LifecycleTables + "INSERT INTO index_schema (version) VALUES (2);", transaction);
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

    public void InsertRunEntry(IndexedRunEntry entry) =>
        InsertOnce("INSERT INTO run_entries (path, preparer, entry_sha256, recorded_at) VALUES (@path, @preparer, @sha, @at) ON CONFLICT (path) DO NOTHING",
            ("path", entry.Path), ("preparer", entry.Preparer), ("sha", entry.EntrySha256), ("at", entry.RecordedAt));

    public void InsertApproval(IndexedApproval approval) =>
        InsertOnce("INSERT INTO approvals (path, approver, entry_sha256, recorded_at) VALUES (@path, @approver, @sha, @at) ON CONFLICT (path) DO NOTHING",
            ("path", approval.Path), ("approver", approval.Approver), ("sha", approval.EntrySha256), ("at", approval.RecordedAt));

    public void InsertIssue(string path, Lifecycle.IssueRecord r, string entrySha256, string recordedAt) =>
        InsertOnce("""
            INSERT INTO issues (path, deal_id, period, number, run_path, run_document, kind, title, reference, document_date, addressee,
              recipient, channel, sent_at, amends_reference, amends_date, amends_issue, reason, document, sent_sha256, sent_length,
              archived_sha256, signer, entry_sha256, recorded_at)
            VALUES (@path, @deal, @period, @number, @run, @rundoc, @kind, @title, @reference, @date, @addressee, @recipient, @channel, @sent,
              @amref, @amdate, @amissue, @reason, @document, @sentsha, @sentlen, @archsha, @signer, @entry, @at)
            ON CONFLICT (path) DO NOTHING
            """, ("path", path), ("deal", r.DealId), ("period", r.Period), ("number", r.Number), ("run", r.RunPath), ("rundoc", r.RunDocument),
            ("kind", r.Kind), ("title", r.Title), ("reference", r.Reference), ("date", r.DocumentDate), ("addressee", r.Addressee),
            ("recipient", r.Recipient), ("channel", r.Channel), ("sent", r.SentAt), ("amref", r.AmendsReference), ("amdate", r.AmendsDate),
            ("amissue", r.AmendsIssue), ("reason", r.Reason), ("document", r.Document), ("sentsha", r.SentSha256), ("sentlen", r.SentLength),
            ("archsha", r.ArchivedSha256), ("signer", r.Signer), ("entry", entrySha256), ("at", recordedAt));

    private void InsertOnce(string sql, params (string Name, object? Value)[] parameters)
    {
        using var transaction = _connection.BeginTransaction();
        Execute(sql, transaction, parameters);
        transaction.Commit();
    }

    public bool HasRunEntry(string versionPath) =>
        Query("SELECT 1 FROM run_entries WHERE path = @path", _ => true, null, ("path", versionPath)).Count > 0;

    public IndexedRunEntry? RunEntry(string versionPath) =>
        Query("SELECT path, preparer, entry_sha256, recorded_at FROM run_entries WHERE path = @path",
            r => new IndexedRunEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), null, ("path", versionPath)).SingleOrDefault();

    public IndexedApproval? Approval(string versionPath) =>
        Query("SELECT path, approver, entry_sha256, recorded_at FROM approvals WHERE path = @path",
            r => new IndexedApproval(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), null, ("path", versionPath)).SingleOrDefault();

    public IReadOnlyList<IndexedIssue> IssuesWithReference(string dealId, string reference) =>
        Query(IssueColumns + " WHERE i.deal_id = @deal AND i.reference = @reference ORDER BY i.period COLLATE \"C\", i.number",
            ReadIssue, null, ("deal", dealId), ("reference", reference));

    public long LifecycleRowCount() =>
        Query("SELECT (SELECT COUNT(*) FROM run_entries) + (SELECT COUNT(*) FROM approvals) + (SELECT COUNT(*) FROM issues)", r => r.GetInt64(0)).Single();

    public IReadOnlyDictionary<string, (string? Preparer, string? Approver)> LifecycleOf(string dealId, string period) =>
        Query("""
            SELECT r.path, e.preparer, a.approver FROM runs r
            LEFT JOIN run_entries e ON e.path = r.path LEFT JOIN approvals a ON a.path = r.path
            WHERE r.deal_id = @deal AND r.period = @period
            """, r => (r.GetString(0), NullableString(r, 1), NullableString(r, 2)), null, ("deal", dealId), ("period", period))
            .ToDictionary(x => x.Item1, x => (x.Item2, x.Item3), StringComparer.Ordinal);

    private const string IssueColumns = """
        SELECT i.path, i.deal_id, i.period, i.number, i.run_path, i.run_document, i.kind, i.title, i.reference, i.document_date, i.addressee,
               i.recipient, i.channel, i.sent_at, i.amends_reference, i.amends_date, i.amends_issue, i.reason, i.document, i.sent_sha256,
               i.sent_length, i.archived_sha256, i.signer, i.entry_sha256, i.recorded_at,
               (SELECT a.path FROM issues a WHERE a.amends_issue = i.path ORDER BY a.path COLLATE "C" LIMIT 1) AS superseded_by
        FROM issues i
        """;

    public IReadOnlyList<IndexedIssue> IssuesOf(string dealId, string period) =>
        Query(IssueColumns + " WHERE i.deal_id = @deal AND i.period = @period ORDER BY i.number", ReadIssue, null, ("deal", dealId), ("period", period));

    public IReadOnlyList<IndexedIssue> Issues(IssueQuery query) =>
        Query(IssueColumns + """
             WHERE (@deal::text IS NULL OR i.deal_id = @deal) AND (@period::text IS NULL OR i.period = @period)
              AND (@kind::text IS NULL OR i.kind = @kind)
              AND (@reference::text IS NULL OR strpos(lower(i.reference), lower(@reference)) > 0)
              AND (@hash::text IS NULL OR starts_with(i.sent_sha256, @hash) OR starts_with(i.archived_sha256, @hash))
              AND (@addressee::text IS NULL OR strpos(lower(i.addressee), lower(@addressee)) > 0)
              AND (@recipient::text IS NULL OR strpos(lower(i.recipient), lower(@recipient)) > 0)
              AND (@title::text IS NULL OR strpos(lower(i.title), lower(@title)) > 0)
              AND (@from::text IS NULL OR i.document_date >= @from) AND (@to::text IS NULL OR i.document_date <= @to)
              AND (@state::text IS NULL OR (@state = 'latest') = NOT EXISTS (SELECT 1 FROM issues a WHERE a.amends_issue = i.path))
            ORDER BY i.deal_id COLLATE "C", i.period COLLATE "C", i.number
            """, ReadIssue, null,
            ("deal", query.DealId), ("period", query.Period), ("kind", query.Kind), ("reference", query.Reference),
            ("hash", query.HashPrefix?.ToLowerInvariant()), ("addressee", query.Addressee), ("recipient", query.Recipient),
            ("title", query.TitleContains), ("from", query.DateFrom), ("to", query.DateTo), ("state", query.State));

    private static IndexedIssue ReadIssue(NpgsqlDataReader r) =>
        new(r.GetString(0), new Lifecycle.IssueRecord(Lifecycle.IssueRecord.CurrentFormat, r.GetString(1), r.GetString(2), r.GetInt32(3),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), NullableString(r, 10),
                r.GetString(11), r.GetString(12), r.GetString(13), NullableString(r, 14), NullableString(r, 15), NullableString(r, 16),
                NullableString(r, 17), r.GetString(18), r.GetString(19), r.GetInt64(20), r.GetString(21), NullableString(r, 22)),
            r.GetString(23), r.GetString(24), NullableString(r, 25));

    public IReadOnlyList<IndexedDocument> DocumentsOf(string dealId, string period) =>
        Query("""
            SELECT deal_id, period, version, path, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256
            FROM documents WHERE deal_id = @deal AND period = @period ORDER BY version, path COLLATE "C"
            """, ReadDocument, null, ("deal", dealId), ("period", period));

    public IReadOnlyList<(string Period, int Versions, string DealName)> PeriodsOf(string dealId) =>
        Query("""
            SELECT r.period, COUNT(*)::int,
                   (SELECT l.deal_name FROM runs l WHERE l.deal_id = @deal AND l.period = r.period ORDER BY l.version DESC LIMIT 1)
            FROM runs r WHERE r.deal_id = @deal GROUP BY r.period ORDER BY r.period COLLATE "C"
            """, r => (r.GetString(0), r.GetInt32(1), r.GetString(2)), null, ("deal", dealId));

    public bool HasDeal(string dealId) =>
        Query("SELECT 1 FROM runs WHERE deal_id = @deal LIMIT 1", _ => true, null, ("deal", dealId)).Count > 0;

    public IReadOnlyList<string> Deals() =>
        Query("SELECT deal_id FROM runs GROUP BY deal_id ORDER BY deal_id COLLATE \"C\"", r => r.GetString(0));

    /// <summary>The index's tables in the schema the connection uses (<c>current_schema()</c>).</summary>
    public IReadOnlySet<string> TableNames() =>
        Query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every row of every table, in a fixed order, as text: the same list as <see cref="ArchiveIndex.Dump"/> gives for the same rows.</summary>
    public IReadOnlyList<string> Dump()
    {
        var rows = new List<string>();
        foreach (var table in _tables)
        {
            using var command = new NpgsqlCommand($"SELECT * FROM {table} ORDER BY path COLLATE \"C\"", _connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                    $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}")));
        }
        return rows;
    }

    private static readonly string[] _tables = ["runs", "documents", "quarantine", "run_entries", "approvals", "issues"];

    /// <summary>
    /// <c>archive reindex</c> into PostgreSQL, in one transaction: the index's tables are moved into a
    /// new schema (<c>SCHEMA_replaced_N</c>, kept, as a rebuilt <c>index.sqlite</c> keeps the old file in
    /// <c>.replaced/</c>), fresh ones are created and filled with every row of <paramref name="rebuilt"/>.
    /// A fault anywhere rolls back to the old tables, untouched.
    /// </summary>
    /// <returns>The schema the previous tables were moved to.</returns>
    public string ReplaceAllWith(ArchiveIndex rebuilt)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("SELECT pg_advisory_xact_lock(@key)", transaction, ("key", MigrationLockKey));
        var schema = Query("SELECT current_schema()::text", r => r.GetString(0), transaction).Single();
        var replaced = $"{schema}_replaced_1";
        for (var n = 2; Query("SELECT 1 FROM pg_namespace WHERE nspname = @name", _ => true, transaction, ("name", replaced)).Count > 0; n++)
            replaced = $"{schema}_replaced_{n}";
        var quoted = "\"" + replaced.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Execute($"CREATE SCHEMA {quoted}", transaction);
        // Moving a table moves its indexes and triggers with it, so the fresh tables can take their names.
        foreach (var table in _tables) Execute($"ALTER TABLE {table} SET SCHEMA {quoted}", transaction);
        Execute(RunTables + LifecycleTables, transaction);
        foreach (var table in _tables)
        {
            var (columns, rows) = rebuilt.TableRows(table);
            using var insert = new NpgsqlCommand(
                $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})", _connection, transaction);
            foreach (var row in rows)
            {
                insert.Parameters.Clear();
                for (var i = 0; i < row.Length; i++) insert.Parameters.AddWithValue("p" + i, row[i] ?? DBNull.Value);
                insert.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return replaced;
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
        Query("SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' AND tgrelid IN (SELECT to_regclass(t) FROM unnest(@tables) t)",
            r => r.GetString(0), null, ("tables", _tables)).ToHashSet(StringComparer.Ordinal);

    /// <summary>PostgreSQL keeps its own files consistent (WAL); what can go wrong here is a missing table.</summary>
    public string IntegrityCheck()
    {
        var missing = _tables
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
