using Microsoft.Data.Sqlite;
using Reporting.RunFormat;

namespace Reporting.Archive.Index;

/// <summary>
/// The SQLite index (<c>index.sqlite</c> in the archive root) of every archived run and document.
/// </summary>
/// <remarks>
/// Rollback journal (<c>journal_mode=DELETE</c>) with <c>synchronous=FULL</c>, not WAL: the index
/// stays one self-contained file that can be copied with the archive or kept on a network share
/// (WAL needs shared memory on one host), and a transaction interrupted at any point is rolled
/// back on the next open. Rows are append-only: triggers refuse UPDATE and DELETE.
/// </remarks>
public sealed class ArchiveIndex : IArchiveIndex
{
    private const int SchemaVersion = 2;
    private static readonly TimeSpan _busyTimeout = TimeSpan.FromSeconds(60);

    private readonly SqliteConnection _connection;

    private ArchiveIndex(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the index for writing, creating it and its schema on first use.</summary>
    public static ArchiveIndex OpenOrCreate(string file)
    {
        var index = new ArchiveIndex(Connect(file, SqliteOpenMode.ReadWriteCreate));
        index.Execute("PRAGMA journal_mode=DELETE");
        index.Execute("PRAGMA synchronous=FULL");
        // Every add opens the index: an index already at this schema is read, not rewritten (a
        // write transaction here cost each add a commit and its fsyncs).
        if (index.Query("PRAGMA user_version", r => r.GetInt32(0)).Single() != SchemaVersion) index.CreateSchema();
        return index;
    }

    /// <summary>Opens an existing index for queries; a folder without one is not an archive.</summary>
    public static ArchiveIndex OpenReadOnly(string archiveRoot)
    {
        var file = Path.Combine(archiveRoot, Store.ArchiveLayout.IndexFileName);
        if (!File.Exists(file))
            throw new InputException(new Diagnostic(archiveRoot, 0, 0, null, $"not an archive: no {Store.ArchiveLayout.IndexFileName} (use --archive DIR)"));
        return new ArchiveIndex(Connect(file, SqliteOpenMode.ReadOnly));
    }

    private static SqliteConnection Connect(string file, SqliteOpenMode mode)
    {
        // No pooling: a closed index is closed, so the lock and the file are free for the next process.
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false, DefaultTimeout = (int)_busyTimeout.TotalSeconds };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var busy = connection.CreateCommand();
        busy.CommandText = $"PRAGMA busy_timeout={(int)_busyTimeout.TotalMilliseconds}";
        busy.ExecuteNonQuery();
        return connection;
    }

    private void CreateSchema()
    {
        using var transaction = _connection.BeginTransaction();
        Execute("""
            CREATE TABLE IF NOT EXISTS runs (
              deal_id TEXT NOT NULL, period TEXT NOT NULL, version INTEGER NOT NULL,
              path TEXT NOT NULL UNIQUE, deal_name TEXT NOT NULL, scenario TEXT, engine_version TEXT NOT NULL,
              manifest_sha256 TEXT NOT NULL, archived_at TEXT NOT NULL,
              PRIMARY KEY (deal_id, period, version));
            CREATE TABLE IF NOT EXISTS documents (
              path TEXT PRIMARY KEY, deal_id TEXT NOT NULL, period TEXT NOT NULL, version INTEGER NOT NULL,
              kind TEXT NOT NULL, format TEXT NOT NULL, title TEXT NOT NULL, document_date TEXT, addressee TEXT,
              pages INTEGER, results_key TEXT, sha256 TEXT NOT NULL, original_sha256 TEXT NOT NULL,
              FOREIGN KEY (deal_id, period, version) REFERENCES runs (deal_id, period, version));
            CREATE INDEX IF NOT EXISTS documents_by_run ON documents (deal_id, period, version);
            CREATE INDEX IF NOT EXISTS documents_by_sha256 ON documents (sha256);
            CREATE INDEX IF NOT EXISTS documents_by_original_sha256 ON documents (original_sha256);
            CREATE TABLE IF NOT EXISTS quarantine (
              path TEXT PRIMARY KEY, original_path TEXT NOT NULL, reason TEXT NOT NULL, quarantined_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS run_entries (
              path TEXT PRIMARY KEY, preparer TEXT NOT NULL, entry_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS approvals (
              path TEXT PRIMARY KEY, approver TEXT NOT NULL, entry_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS issues (
              path TEXT PRIMARY KEY, deal_id TEXT NOT NULL, period TEXT NOT NULL, number INTEGER NOT NULL,
              run_path TEXT NOT NULL, run_document TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, reference TEXT NOT NULL,
              document_date TEXT NOT NULL, addressee TEXT, recipient TEXT NOT NULL, channel TEXT NOT NULL, sent_at TEXT NOT NULL,
              amends_reference TEXT, amends_date TEXT, amends_issue TEXT, reason TEXT, document TEXT NOT NULL,
              sent_sha256 TEXT NOT NULL, sent_length INTEGER NOT NULL, archived_sha256 TEXT NOT NULL, signer TEXT,
              entry_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS issues_by_period ON issues (deal_id, period);
            CREATE INDEX IF NOT EXISTS issues_by_reference ON issues (deal_id, reference);
            CREATE INDEX IF NOT EXISTS issues_by_amended ON issues (amends_issue);
            CREATE INDEX IF NOT EXISTS issues_by_sent_sha256 ON issues (sent_sha256);
            CREATE INDEX IF NOT EXISTS issues_by_archived_sha256 ON issues (archived_sha256);
            CREATE TRIGGER IF NOT EXISTS runs_append_only_update BEFORE UPDATE ON runs BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS runs_append_only_delete BEFORE DELETE ON runs BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS documents_append_only_update BEFORE UPDATE ON documents BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS documents_append_only_delete BEFORE DELETE ON documents BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS run_entries_append_only_update BEFORE UPDATE ON run_entries BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS run_entries_append_only_delete BEFORE DELETE ON run_entries BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS approvals_append_only_update BEFORE UPDATE ON approvals BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS approvals_append_only_delete BEFORE DELETE ON approvals BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS issues_append_only_update BEFORE UPDATE ON issues BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS issues_append_only_delete BEFORE DELETE ON issues BEGIN SELECT RAISE(ABORT, 'the archive index is append-only'); END;
            """, transaction);
        Execute($"PRAGMA user_version={SchemaVersion}", transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Inserts a version's rows in one transaction. <paramref name="beforeCommit"/> runs inside it
    /// (a fault there rolls everything back, as a kill would).
    /// </summary>
    public void Insert(IndexRows rows, Action? beforeCommit = null)
    {
        using var transaction = _connection.BeginTransaction();
        InsertRows(rows, transaction);
        beforeCommit?.Invoke();
        transaction.Commit();
    }

    /// <summary>Many versions' rows in one transaction (benchmarks fill an index with synthetic rows this way).</summary>
    public void InsertMany(IEnumerable<IndexRows> many)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var rows in many) InsertRows(rows, transaction);
        transaction.Commit();
    }

    private void InsertRows(IndexRows rows, SqliteTransaction transaction)
    {
        var run = rows.Run;
        Execute("""
            INSERT INTO runs (deal_id, period, version, path, deal_name, scenario, engine_version, manifest_sha256, archived_at)
            VALUES ($deal, $period, $version, $path, $name, $scenario, $engine, $manifest, $at)
            """, transaction, ("$deal", run.DealId), ("$period", run.Period), ("$version", run.Version), ("$path", run.Path),
            ("$name", run.DealName), ("$scenario", run.Scenario), ("$engine", run.EngineVersion), ("$manifest", run.ManifestSha256), ("$at", run.ArchivedAt));
        foreach (var d in rows.Documents)
        {
            Execute("""
                INSERT INTO documents (path, deal_id, period, version, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256)
                VALUES ($path, $deal, $period, $version, $kind, $format, $title, $date, $addressee, $pages, $key, $sha, $original)
                """, transaction, ("$path", d.Path), ("$deal", d.DealId), ("$period", d.Period), ("$version", d.Version), ("$kind", d.Kind),
                ("$format", d.Format), ("$title", d.Title), ("$date", d.DocumentDate), ("$addressee", d.Addressee), ("$pages", d.Pages),
                ("$key", d.ResultsKey), ("$sha", d.Sha256), ("$original", d.OriginalSha256));
        }
    }

    public void InsertQuarantine(string path, string originalPath, string reason, string at)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("INSERT INTO quarantine (path, original_path, reason, quarantined_at) VALUES ($path, $original, $reason, $at)",
            transaction, ("$path", path), ("$original", originalPath), ("$reason", reason), ("$at", at));
        transaction.Commit();
    }

    /// <summary>
    /// The lifecycle rows of one chain entry: a run's preparer, an approval, an issue. Each is
    /// inserted once (a second insert of the same path is ignored), so replaying the chain on
    /// recovery or reindex never duplicates what an add, approval or issue already wrote.
    /// </summary>
    public void InsertRunEntry(IndexedRunEntry entry) =>
        InsertOnce("INSERT OR IGNORE INTO run_entries (path, preparer, entry_sha256, recorded_at) VALUES ($path, $preparer, $sha, $at)",
            ("$path", entry.Path), ("$preparer", entry.Preparer), ("$sha", entry.EntrySha256), ("$at", entry.RecordedAt));

    public void InsertApproval(IndexedApproval approval) =>
        InsertOnce("INSERT OR IGNORE INTO approvals (path, approver, entry_sha256, recorded_at) VALUES ($path, $approver, $sha, $at)",
            ("$path", approval.Path), ("$approver", approval.Approver), ("$sha", approval.EntrySha256), ("$at", approval.RecordedAt));

    public void InsertIssue(string path, Lifecycle.IssueRecord r, string entrySha256, string recordedAt) =>
        InsertOnce("""
            INSERT OR IGNORE INTO issues (path, deal_id, period, number, run_path, run_document, kind, title, reference, document_date, addressee,
              recipient, channel, sent_at, amends_reference, amends_date, amends_issue, reason, document, sent_sha256, sent_length,
              archived_sha256, signer, entry_sha256, recorded_at)
            VALUES ($path, $deal, $period, $number, $run, $rundoc, $kind, $title, $reference, $date, $addressee, $recipient, $channel, $sent,
              $amref, $amdate, $amissue, $reason, $document, $sentsha, $sentlen, $archsha, $signer, $entry, $at)
            """, ("$path", path), ("$deal", r.DealId), ("$period", r.Period), ("$number", r.Number), ("$run", r.RunPath), ("$rundoc", r.RunDocument),
            ("$kind", r.Kind), ("$title", r.Title), ("$reference", r.Reference), ("$date", r.DocumentDate), ("$addressee", r.Addressee),
            ("$recipient", r.Recipient), ("$channel", r.Channel), ("$sent", r.SentAt), ("$amref", r.AmendsReference), ("$amdate", r.AmendsDate),
            ("$amissue", r.AmendsIssue), ("$reason", r.Reason), ("$document", r.Document), ("$sentsha", r.SentSha256), ("$sentlen", r.SentLength),
            ("$archsha", r.ArchivedSha256), ("$signer", r.Signer), ("$entry", entrySha256), ("$at", recordedAt));

    private void InsertOnce(string sql, params (string Name, object? Value)[] parameters)
    {
        using var transaction = _connection.BeginTransaction();
        Execute(sql, transaction, parameters);
        transaction.Commit();
    }

    /// <summary>Whether a version has its run entry's row (one probe by primary key).</summary>
    public bool HasRunEntry(string versionPath) =>
        Query("SELECT 1 FROM run_entries WHERE path = $path", _ => true, ("$path", versionPath)).Count > 0;

    public IndexedRunEntry? RunEntry(string versionPath) =>
        Query("SELECT path, preparer, entry_sha256, recorded_at FROM run_entries WHERE path = $path",
            r => new IndexedRunEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("$path", versionPath)).SingleOrDefault();

    public IndexedApproval? Approval(string versionPath) =>
        Query("SELECT path, approver, entry_sha256, recorded_at FROM approvals WHERE path = $path",
            r => new IndexedApproval(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("$path", versionPath)).SingleOrDefault();

    public IReadOnlyList<IndexedIssue> IssuesWithReference(string dealId, string reference) =>
        Query($"{IssueColumns} FROM issues i WHERE i.deal_id = $deal AND i.reference = $reference ORDER BY i.period, i.number",
            ReadIssue, ("$deal", dealId), ("$reference", reference));

    /// <summary>Three counts, each from the table's b-tree: no file of the archive is read.</summary>
    public long LifecycleRowCount() =>
        Query("SELECT (SELECT COUNT(*) FROM run_entries) + (SELECT COUNT(*) FROM approvals) + (SELECT COUNT(*) FROM issues)", r => r.GetInt64(0)).Single();

    /// <summary>Who prepared and who approved each version of one deal and period (by primary keys).</summary>
    public IReadOnlyDictionary<string, (string? Preparer, string? Approver)> LifecycleOf(string dealId, string period) =>
        Query("""
            SELECT r.path, e.preparer, a.approver FROM runs r
            LEFT JOIN run_entries e ON e.path = r.path LEFT JOIN approvals a ON a.path = r.path
            WHERE r.deal_id = $deal AND r.period = $period
            """, r => (r.GetString(0), NullableString(r, 1), NullableString(r, 2)), ("$deal", dealId), ("$period", period))
            .ToDictionary(x => x.Item1, x => (x.Item2, x.Item3), StringComparer.Ordinal);

    /// <summary>The issues of one deal and period, by the issues_by_period index (an add's page facts).</summary>
    public IReadOnlyList<IndexedIssue> IssuesOf(string dealId, string period) =>
        Query($"{IssueColumns} FROM issues i WHERE i.deal_id = $deal AND i.period = $period ORDER BY i.number", ReadIssue, ("$deal", dealId), ("$period", period));

    private const string IssueColumns = """
        SELECT i.path, i.deal_id, i.period, i.number, i.run_path, i.run_document, i.kind, i.title, i.reference, i.document_date, i.addressee,
               i.recipient, i.channel, i.sent_at, i.amends_reference, i.amends_date, i.amends_issue, i.reason, i.document, i.sent_sha256,
               i.sent_length, i.archived_sha256, i.signer, i.entry_sha256, i.recorded_at,
               (SELECT a.path FROM issues a WHERE a.amends_issue = i.path ORDER BY a.path LIMIT 1) AS superseded_by
        """;

    /// <summary>Issued documents matching the query, newest first; each says which amendment superseded it, if any.</summary>
    public IReadOnlyList<IndexedIssue> Issues(IssueQuery query) =>
        Query(IssueColumns + "\n" + """
            FROM issues i
            WHERE ($deal IS NULL OR i.deal_id = $deal) AND ($period IS NULL OR i.period = $period)
              AND ($kind IS NULL OR i.kind = $kind)
              AND ($reference IS NULL OR instr(lower(i.reference), lower($reference)) > 0)
              AND ($hash IS NULL OR substr(i.sent_sha256, 1, length($hash)) = $hash OR substr(i.archived_sha256, 1, length($hash)) = $hash)
              AND ($addressee IS NULL OR instr(lower(i.addressee), lower($addressee)) > 0)
              AND ($recipient IS NULL OR instr(lower(i.recipient), lower($recipient)) > 0)
              AND ($title IS NULL OR instr(lower(i.title), lower($title)) > 0)
              AND ($from IS NULL OR i.document_date >= $from) AND ($to IS NULL OR i.document_date <= $to)
              AND ($state IS NULL OR ($state = 'latest') = NOT EXISTS (SELECT 1 FROM issues a WHERE a.amends_issue = i.path))
            ORDER BY i.deal_id, i.period, i.number
            """, ReadIssue,
            ("$deal", query.DealId), ("$period", query.Period), ("$kind", query.Kind), ("$reference", query.Reference),
            ("$hash", query.HashPrefix?.ToLowerInvariant()), ("$addressee", query.Addressee), ("$recipient", query.Recipient),
            ("$title", query.TitleContains), ("$from", query.DateFrom), ("$to", query.DateTo), ("$state", query.State));

    private static IndexedIssue ReadIssue(SqliteDataReader r) =>
        new(r.GetString(0), new Lifecycle.IssueRecord(Lifecycle.IssueRecord.CurrentFormat, r.GetString(1), r.GetString(2), r.GetInt32(3),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), NullableString(r, 10),
                r.GetString(11), r.GetString(12), r.GetString(13), NullableString(r, 14), NullableString(r, 15), NullableString(r, 16),
                NullableString(r, 17), r.GetString(18), r.GetString(19), r.GetInt64(20), r.GetString(21), NullableString(r, 22)),
            r.GetString(23), r.GetString(24), NullableString(r, 25));

    /// <summary>Every row of every table, in a fixed order, as text: two indexes that hold the same rows give the same list.</summary>
    public IReadOnlyList<string> Dump()
    {
        var rows = new List<string>();
        foreach (var (table, key) in new[] { ("runs", "path"), ("documents", "path"), ("quarantine", "path"), ("run_entries", "path"), ("approvals", "path"), ("issues", "path") })
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {key}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : reader.GetValue(i))}")));
        }
        return rows;
    }

    /// <summary>Every row of one table, columns in the table's order (a reindex into PostgreSQL copies them as they are).</summary>
    internal (IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows) TableRows(string table)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        return (columns, rows);
    }

    public IReadOnlyList<IndexedRun> Runs(string? dealId = null, string? period = null, int? version = null) =>
        Query("""
            SELECT r.deal_id, r.period, r.version, r.path, r.deal_name, r.scenario, r.engine_version, r.manifest_sha256, r.archived_at,
                   (SELECT COUNT(*) FROM documents d WHERE d.deal_id = r.deal_id AND d.period = r.period AND d.version = r.version)
            FROM runs r
            WHERE ($deal IS NULL OR r.deal_id = $deal) AND ($period IS NULL OR r.period = $period) AND ($version IS NULL OR r.version = $version)
            ORDER BY r.deal_id, r.period, r.version
            """, r => new IndexedRun(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), NullableString(r, 5),
                r.GetString(6), r.GetString(7), r.GetString(8), r.GetInt32(9)),
            ("$deal", dealId), ("$period", period), ("$version", version));

    /// <summary>The versions of one deal and period, by the primary key (no scan of the table).</summary>
    public IReadOnlyList<IndexedRun> RunsOf(string dealId, string period) =>
        Query("""
            SELECT r.deal_id, r.period, r.version, r.path, r.deal_name, r.scenario, r.engine_version, r.manifest_sha256, r.archived_at,
                   (SELECT COUNT(*) FROM documents d WHERE d.deal_id = r.deal_id AND d.period = r.period AND d.version = r.version)
            FROM runs r WHERE r.deal_id = $deal AND r.period = $period ORDER BY r.version
            """, r => new IndexedRun(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), NullableString(r, 5),
                r.GetString(6), r.GetString(7), r.GetString(8), r.GetInt32(9)),
            ("$deal", dealId), ("$period", period));

    /// <summary>The documents of one deal and period, by the documents_by_run index.</summary>
    public IReadOnlyList<IndexedDocument> DocumentsOf(string dealId, string period) =>
        Query("""
            SELECT deal_id, period, version, path, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256
            FROM documents WHERE deal_id = $deal AND period = $period ORDER BY version, path
            """, ReadDocument, ("$deal", dealId), ("$period", period));

    /// <summary>One deal's periods: how many versions each has, and the deal's name as last archived.</summary>
    public IReadOnlyList<(string Period, int Versions, string DealName)> PeriodsOf(string dealId) =>
        Query("""
            SELECT period, COUNT(*), (SELECT deal_name FROM runs l WHERE l.deal_id = $deal AND l.period = r.period ORDER BY version DESC LIMIT 1)
            FROM runs r WHERE deal_id = $deal GROUP BY period ORDER BY period
            """, r => (r.GetString(0), r.GetInt32(1), r.GetString(2)), ("$deal", dealId));

    /// <summary>Whether the deal has any archived run (one index probe).</summary>
    public bool HasDeal(string dealId) =>
        Query("SELECT 1 FROM runs WHERE deal_id = $deal LIMIT 1", _ => true, ("$deal", dealId)).Count > 0;

    /// <summary>Every deal id (one pass over the primary key; for the archive-wide page).</summary>
    public IReadOnlyList<string> Deals() =>
        Query("SELECT DISTINCT deal_id FROM runs ORDER BY deal_id", r => r.GetString(0));

    public IReadOnlyList<IndexedDocument> Documents(DocumentQuery query) =>
        Query("""
            SELECT deal_id, period, version, path, kind, format, title, document_date, addressee, pages, results_key, sha256, original_sha256
            FROM documents
            WHERE ($deal IS NULL OR deal_id = $deal) AND ($period IS NULL OR period = $period) AND ($version IS NULL OR version = $version)
              AND ($kind IS NULL OR kind = $kind)
              AND ($hash IS NULL OR substr(sha256, 1, length($hash)) = $hash OR substr(original_sha256, 1, length($hash)) = $hash)
              AND ($addressee IS NULL OR instr(lower(addressee), lower($addressee)) > 0)
              AND ($title IS NULL OR instr(lower(title), lower($title)) > 0)
              AND ($from IS NULL OR document_date >= $from) AND ($to IS NULL OR document_date <= $to)
            ORDER BY deal_id, period, version, path
            """, ReadDocument,
            ("$deal", query.DealId), ("$period", query.Period), ("$version", query.Version), ("$kind", query.Kind),
            ("$hash", query.HashPrefix?.ToLowerInvariant()), ("$addressee", query.Addressee), ("$title", query.TitleContains),
            ("$from", query.DateFrom), ("$to", query.DateTo));

    public IndexedDocument? Document(string path) => Documents(new DocumentQuery()).FirstOrDefault(d => d.Path == path);

    /// <summary>The names of the triggers the index holds (the append-only guards, unless someone dropped them).</summary>
    public IReadOnlySet<string> TriggerNames() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'trigger'", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> TableNames() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The triggers that refuse UPDATE and DELETE on runs and documents.</summary>
    public static readonly IReadOnlyList<string> AppendOnlyTriggers =
        ["runs_append_only_update", "runs_append_only_delete", "documents_append_only_update", "documents_append_only_delete",
         "run_entries_append_only_update", "run_entries_append_only_delete", "approvals_append_only_update", "approvals_append_only_delete",
         "issues_append_only_update", "issues_append_only_delete"];

    /// <summary>SQLite's own consistency check: "ok", or what is wrong with the file.</summary>
    public string IntegrityCheck() => string.Join("; ", Query("PRAGMA integrity_check", r => r.GetString(0)));

    public IReadOnlyList<(string Path, string OriginalPath, string Reason, string At)> QuarantinedWithTimes() =>
        Query("SELECT path, original_path, reason, quarantined_at FROM quarantine ORDER BY path", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    public IReadOnlyList<(string Path, string OriginalPath, string Reason)> Quarantined() =>
        Query("SELECT path, original_path, reason FROM quarantine ORDER BY path", r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static IndexedDocument ReadDocument(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.GetString(6), NullableString(r, 7), NullableString(r, 8), r.IsDBNull(9) ? null : r.GetInt32(9), NullableString(r, 10),
            r.GetString(11), r.GetString(12));

    private static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
