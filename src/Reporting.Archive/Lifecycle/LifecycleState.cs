using Reporting.Archive.Store;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// Where every run and issued document stands, read from the chain: who prepared and approved each
/// run, every issue with its record, and which issue an amendment superseded.
/// </summary>
public sealed record LifecycleState(IReadOnlyDictionary<string, RunState> Runs, IReadOnlyList<IssueState> Issues)
{
    public static LifecycleState Read(ArchiveLayout layout)
    {
        var runs = new Dictionary<string, RunState>(StringComparer.Ordinal);
        var issues = new List<IssueState>();
        foreach (var (entry, sha, _) in ArchiveChain.Read(layout))
        {
            var path = entry.Field("path") ?? "";
            switch (entry.Kind)
            {
                case ChainEntry.Run:
                    runs[path] = new RunState(path, sha, entry.Field("preparer") ?? "unknown", null, null, entry);
                    break;
                case ChainEntry.Approval when runs.TryGetValue(path, out var run) && entry.Field("run_entry") == run.EntrySha256:
                    runs[path] = run with { Approver = entry.Field("approver"), ApprovalSha256 = sha, ApprovedAt = entry.RecordedAt };
                    break;
                case ChainEntry.Issue when Directory.Exists(layout.Path(path)):
                    issues.Add(new IssueState(path, IssueRecord.Load(layout.Path(path)), sha, null) { RecordedAt = entry.RecordedAt, Entry = entry });
                    break;
            }
        }
        // An amendment supersedes the latest earlier issue of the same deal with the reference it amends.
        for (var i = 0; i < issues.Count; i++)
        {
            var amendment = issues[i].Record;
            if (amendment.AmendsIssue is null) continue;
            var amended = issues.FindIndex(s => s.Path == amendment.AmendsIssue);
            if (amended >= 0) issues[amended] = issues[amended] with { SupersededBy = issues[i].Path };
        }
        return new LifecycleState(runs, issues);
    }

    /// <summary>The latest issue of a deal's document reference: the one no amendment has superseded.</summary>
    public IssueState? Latest(string dealId, string reference) =>
        Issues.LastOrDefault(i => i.Record.DealId == dealId && i.Record.Reference == reference && i.SupersededBy is null);
}

/// <summary>A run version in the lifecycle: a draft until approved by someone other than its preparer.</summary>
public sealed record RunState(string Path, string EntrySha256, string Preparer, string? Approver, string? ApprovalSha256, ChainEntry Entry)
{
    /// <summary>When the approval was recorded (wall-clock UTC); null while a draft.</summary>
    public string? ApprovedAt { get; init; }

    public string State => Approver is null ? "draft" : "approved";
}

/// <summary>An issued document; <see cref="SupersededBy"/> is the amendment that replaced it, if any.</summary>
public sealed record IssueState(string Path, IssueRecord Record, string EntrySha256, string? SupersededBy)
{
    /// <summary>When the issue's chain entry was recorded (wall-clock UTC).</summary>
    public string RecordedAt { get; init; } = "";

    /// <summary>The issue's chain entry.</summary>
    public ChainEntry? Entry { get; init; }

    public string State => SupersededBy is null ? "issued" : "superseded";

    public string DocumentPath => Path + "/" + Record.Document;
}
