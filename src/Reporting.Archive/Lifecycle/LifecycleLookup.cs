using Reporting.Archive.Index;
using Reporting.Archive.Store;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// What an approval or an issue decides on — who prepared a run, who approved it, which issues of a
/// deal carry a reference — looked up in the index by key, so that a decision costs the same in an
/// archive of ten runs as in one of thirty thousand. The chain is not read, except to repair the index.
/// </summary>
/// <remarks>
/// The chain stays the record and the index a copy of it, so the index is trusted only once it is
/// seen to hold a row for every chain entry: an add, approval and issue each append one entry and
/// then write its one row, and those rows are never updated or deleted, so when the index holds as
/// many lifecycle rows as the chain has entries (its length from the last entry, read through the
/// <c>.last</c> hint), nothing is missing. Otherwise (a kill between an append and its row, an index
/// made before schema 2, an index rebuilt from the version folders only) the chain is replayed into
/// the index first; replaying adds only what is missing. If the counts still differ, the index has
/// rows the chain does not back or the chain names something that cannot be indexed, and the
/// decision is taken from the chain itself, read in full, as before. This is safe because the
/// caller holds the archive's exclusive lock: no entry is appended between the count and the decision.
/// The count cannot see a missing row that an extra, forged one makes up for; <c>reporting verify</c>
/// on the archive still replays the whole chain and compares every lifecycle row, and follows every link.
/// </remarks>
internal sealed class LifecycleLookup
{
    private readonly ArchiveLayout _layout;
    private readonly IArchiveIndex _index;
    private LifecycleState? _chain;

    private LifecycleLookup(ArchiveLayout layout, IArchiveIndex index, LifecycleState? chain)
    {
        _layout = layout;
        _index = index;
        _chain = chain;
    }

    /// <summary>Checks the index holds the whole chain (replaying it when not). The caller holds the archive's exclusive lock.</summary>
    public static LifecycleLookup Open(ArchiveLayout layout, IArchiveIndex index)
    {
        var chainLength = ArchiveChain.Last(layout)?.Number ?? 0;
        if (index.LifecycleRowCount() == chainLength) return new LifecycleLookup(layout, index, null);
        LifecycleRows.Replay(layout, index);
        return index.LifecycleRowCount() == chainLength
            ? new LifecycleLookup(layout, index, null)
            : new LifecycleLookup(layout, index, LifecycleState.Read(layout));
    }

    /// <summary>A version's run entry and its approval (null while a draft); null when the chain has no run entry for it.</summary>
    public (IndexedRunEntry Entry, IndexedApproval? Approval)? Run(string versionPath)
    {
        if (_chain is null)
            return _index.RunEntry(versionPath) is { } entry ? (entry, _index.Approval(versionPath)) : null;
        if (!_chain.Runs.TryGetValue(versionPath, out var run)) return null;
        var approval = run.Approver is null ? null : new IndexedApproval(versionPath, run.Approver, run.ApprovalSha256!, run.ApprovedAt!);
        return (new IndexedRunEntry(versionPath, run.Preparer, run.EntrySha256, run.Entry.RecordedAt), approval);
    }

    /// <summary>The latest issue of a deal's document reference: the last issued that no amendment has superseded.</summary>
    public IndexedIssue? Latest(string dealId, string reference) =>
        IssuesInChainOrder(dealId, reference).LastOrDefault(i => i.SupersededBy is null);

    /// <summary>The first issue of a deal's document reference made from a run other than <paramref name="runPath"/>.</summary>
    public IndexedIssue? IssuedFromAnotherRun(string dealId, string reference, string runPath) =>
        IssuesInChainOrder(dealId, reference).FirstOrDefault(i => i.Record.RunPath != runPath);

    private IReadOnlyList<IndexedIssue> IssuesInChainOrder(string dealId, string reference)
    {
        if (_chain is null)
        {
            // Within one deal-period, issue numbers follow the chain (each is the next free number,
            // taken under the lock its append holds). The references our documents print are dated,
            // so they belong to one period; one found in several is put in order by the chain itself.
            var indexed = _index.IssuesWithReference(dealId, reference);
            if (indexed.Select(i => i.Record.Period).Distinct().Count() <= 1) return indexed;
            _chain = LifecycleState.Read(_layout);
        }
        return [.. _chain.Issues.Where(i => i.Record.DealId == dealId && i.Record.Reference == reference)
            .Select(i => new IndexedIssue(i.Path, i.Record, i.EntrySha256, i.RecordedAt, i.SupersededBy))];
    }
}
