using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// Replays the hash chain into the index: a row for every run entry (its preparer), every
/// approval and every issue, exactly as the add, approval or issue wrote it (the chain entry's
/// hash and recording time, the issue's record). Rows already there are kept, so replaying twice
/// changes nothing. Used by <c>archive reindex</c> (on a fresh index), <c>archive recover</c>, and an
/// approval or issue whose index lacks rows (see <see cref="LifecycleLookup"/>).
/// </summary>
public static class LifecycleRows
{
    /// <returns>What the chain names but could not be indexed (an issue folder missing, a record that is not the one the chain hashed).</returns>
    public static IReadOnlyList<string> Replay(ArchiveLayout layout, IArchiveIndex index)
    {
        var problems = new List<string>();
        IReadOnlyList<(ChainEntry Entry, string Sha256, string File)> entries;
        try
        {
            entries = ArchiveChain.Read(layout);
        }
        catch (InputException e)
        {
            return [.. e.Errors.Select(d => $"{d.File}: {d.Message}")];
        }
        var runs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, sha, file) in entries)
        {
            var path = entry.Field("path") ?? "";
            var name = $"{ArchiveChain.FolderName}/{Path.GetFileName(file)}";
            switch (entry.Kind)
            {
                case ChainEntry.Run:
                    // A row already there is left alone without a write: an approval that finds one row
                    // missing replays the whole chain, and a write (a commit) per entry would cost far more than a probe.
                    if (runs.TryAdd(path, sha) && index.RunEntry(path) is null)
                        index.InsertRunEntry(new IndexedRunEntry(path, entry.Field("preparer") ?? "unknown", sha, entry.RecordedAt));
                    break;
                case ChainEntry.Approval when runs.TryGetValue(path, out var runEntry) && entry.Field("run_entry") == runEntry && entry.Field("approver") is { } approver:
                    if (index.Approval(path) is null) index.InsertApproval(new IndexedApproval(path, approver, sha, entry.RecordedAt));
                    break;
                case ChainEntry.Approval:
                    problems.Add($"{name}: approves {path}, whose run entry is not the one it names");
                    break;
                case ChainEntry.Issue:
                    var folder = layout.Path(path);
                    var recordFile = Path.Combine(folder, IssueRecord.FileName);
                    if (!File.Exists(recordFile)) problems.Add($"{name}: the issue {path} is missing");
                    else if (Hashes.Sha256OfFile(recordFile) != entry.Field("issue_record_sha256")) problems.Add($"{name}: {path}/{IssueRecord.FileName} is not the record the chain hashed");
                    else index.InsertIssue(path, IssueRecord.Load(folder), sha, entry.RecordedAt);
                    break;
            }
        }
        return problems;
    }
}
