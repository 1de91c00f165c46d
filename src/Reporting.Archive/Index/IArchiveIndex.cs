namespace Reporting.Archive.Index;

/// <summary>
/// The archive's index of run versions and documents, whatever database holds it: the embedded
/// SQLite file (<see cref="ArchiveIndex"/>, the default) or a shared PostgreSQL database
/// (<see cref="PostgresArchiveIndex"/>, when workers on several machines add to one archive).
/// Both hold the same tables, answer the same queries and refuse UPDATE and DELETE on runs and documents.
/// </summary>
public interface IArchiveIndex : IDisposable
{
    /// <summary>A version's rows in one transaction; <paramref name="beforeCommit"/> runs inside it (a fault there rolls everything back).</summary>
    void Insert(IndexRows rows, Action? beforeCommit = null);

    void InsertQuarantine(string path, string originalPath, string reason, string at);

    IReadOnlyList<IndexedRun> Runs(string? dealId = null, string? period = null, int? version = null);

    /// <summary>The versions of one deal and period, by the primary key.</summary>
    IReadOnlyList<IndexedRun> RunsOf(string dealId, string period);

    IReadOnlyList<IndexedDocument> Documents(DocumentQuery query);

    IndexedDocument? Document(string path);

    IReadOnlyList<(string Path, string OriginalPath, string Reason)> Quarantined();

    IReadOnlyList<(string Path, string OriginalPath, string Reason, string At)> QuarantinedWithTimes();

    /// <summary>The names of the triggers the index holds (the append-only guards of <see cref="ArchiveIndex.AppendOnlyTriggers"/>, unless someone dropped them).</summary>
    IReadOnlySet<string> TriggerNames();

    /// <summary>The database's own consistency check: "ok", or what is wrong.</summary>
    string IntegrityCheck();
}
