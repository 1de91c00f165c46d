namespace Reporting.Archive.Index;

/// <summary>
/// The archive's index of run versions and documents, whatever database holds it: the embedded
/// SQLite file (<see cref="ArchiveIndex"/>, the default) or a shared PostgreSQL database
/// (<see cref="PostgresArchiveIndex"/>, when workers on several machines add to one archive).
/// Both hold the same tables (runs, documents, quarantine and the lifecycle rows: run entries,
/// approvals, issues), answer the same queries in the same order and refuse UPDATE and DELETE on every row.
/// </summary>
public interface IArchiveIndex : IDisposable
{
    /// <summary>A version's rows in one transaction; <paramref name="beforeCommit"/> runs inside it (a fault there rolls everything back).</summary>
    void Insert(IndexRows rows, Action? beforeCommit = null);

    void InsertQuarantine(string path, string originalPath, string reason, string at);

    /// <summary>
    /// The lifecycle rows of one chain entry: a run's preparer, an approval, an issue. Each is
    /// inserted once (a second insert of the same path is ignored), so replaying the chain on
    /// recovery or reindex never duplicates what an add, approval or issue already wrote.
    /// </summary>
    void InsertRunEntry(IndexedRunEntry entry);

    void InsertApproval(IndexedApproval approval);

    void InsertIssue(string path, Lifecycle.IssueRecord record, string entrySha256, string recordedAt);

    /// <summary>Whether a version has its run entry's row (one probe by primary key).</summary>
    bool HasRunEntry(string versionPath);

    /// <summary>A version's run-entry row (who prepared it, the entry's hash and recording time), by primary key; null when it has none.</summary>
    IndexedRunEntry? RunEntry(string versionPath);

    /// <summary>A version's approval row, by primary key; null while it is a draft (or its row is missing).</summary>
    IndexedApproval? Approval(string versionPath);

    /// <summary>
    /// The issues of one deal that carry one document reference, by period and number (by the
    /// issues_by_reference index); each says which amendment superseded it, if any.
    /// </summary>
    IReadOnlyList<IndexedIssue> IssuesWithReference(string dealId, string reference);

    /// <summary>
    /// How many lifecycle rows the index holds (run entries, approvals and issues together): one per
    /// chain entry when the index holds the whole chain.
    /// </summary>
    long LifecycleRowCount();

    /// <summary>Who prepared and who approved each version of one deal and period, by version path.</summary>
    IReadOnlyDictionary<string, (string? Preparer, string? Approver)> LifecycleOf(string dealId, string period);

    /// <summary>The issues of one deal and period, by number.</summary>
    IReadOnlyList<IndexedIssue> IssuesOf(string dealId, string period);

    /// <summary>Issued documents matching the query, by deal, period and number; each says which amendment superseded it, if any.</summary>
    IReadOnlyList<IndexedIssue> Issues(IssueQuery query);

    /// <summary>The documents of one deal and period, by version and path.</summary>
    IReadOnlyList<IndexedDocument> DocumentsOf(string dealId, string period);

    /// <summary>One deal's periods: how many versions each has, and the deal's name as last archived.</summary>
    IReadOnlyList<(string Period, int Versions, string DealName)> PeriodsOf(string dealId);

    /// <summary>Whether the deal has any archived run.</summary>
    bool HasDeal(string dealId);

    /// <summary>Every deal id, in order.</summary>
    IReadOnlyList<string> Deals();

    IReadOnlyList<IndexedRun> Runs(string? dealId = null, string? period = null, int? version = null);

    /// <summary>The versions of one deal and period, by the primary key.</summary>
    IReadOnlyList<IndexedRun> RunsOf(string dealId, string period);

    IReadOnlyList<IndexedDocument> Documents(DocumentQuery query);

    IndexedDocument? Document(string path);

    IReadOnlyList<(string Path, string OriginalPath, string Reason)> Quarantined();

    IReadOnlyList<(string Path, string OriginalPath, string Reason, string At)> QuarantinedWithTimes();

    /// <summary>The names of the triggers the index holds (the append-only guards of <see cref="ArchiveIndex.AppendOnlyTriggers"/>, unless someone dropped them).</summary>
    IReadOnlySet<string> TriggerNames();

    /// <summary>The names of the tables the index holds (an index of an older schema lacks the lifecycle tables until its next write).</summary>
    IReadOnlySet<string> TableNames();

    /// <summary>Every row of every table, in a fixed order, as text: two indexes that hold the same rows give the same list, whatever their database.</summary>
    IReadOnlyList<string> Dump();

    /// <summary>The database's own consistency check: "ok", or what is wrong.</summary>
    string IntegrityCheck();
}
