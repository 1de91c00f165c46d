using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>The chain entry of an archived run version: its record's hash and who made it, where and with what.</summary>
internal static class RunEntries
{
    public static (ChainEntry Entry, string Sha256) Append(ArchiveLayout layout, string versionPath, string manifestSha256, RunMetadata metadata, string recordedAt)
    {
        var record = layout.Path(versionPath + "/" + VersionRecord.FileName);
        return ArchiveChain.Append(layout, ChainEntry.Run, recordedAt, new Dictionary<string, string?>
        {
            ["path"] = versionPath,
            ["manifest_sha256"] = manifestSha256,
            ["archive_record_sha256"] = Hashes.Sha256OfFile(record),
            ["preparer"] = metadata.Preparer,
            ["host"] = metadata.Host,
            ["engine_version"] = metadata.EngineVersion,
            ["source_revision"] = metadata.SourceRevision,
            ["run_started_at"] = metadata.StartedAt,
            ["run_finished_at"] = metadata.FinishedAt,
        });
    }

    /// <summary>
    /// Run entries for indexed versions that have no run-entry row (an add killed between its index
    /// rows and its chain entry, or between the entry and its row): the chain is read once, only
    /// then, and an entry is appended only for a version it does not have. The caller holds the pages lock.
    /// </summary>
    public static void AppendMissing(ArchiveLayout layout, IArchiveIndex index, IReadOnlyList<IndexedRun> runs, string recordedAt)
    {
        var missing = runs.Where(r => !index.HasRunEntry(r.Path)).ToList();
        if (missing.Count == 0) return;
        var chained = new Dictionary<string, (ChainEntry Entry, string Sha256)>(StringComparer.Ordinal);
        foreach (var (entry, sha, _) in ArchiveChain.Read(layout))
            if (entry.Kind == ChainEntry.Run && entry.Field("path") is { } path) chained.TryAdd(path, (entry, sha));
        foreach (var run in missing)
        {
            var (entry, sha) = chained.TryGetValue(run.Path, out var found)
                ? found
                : Append(layout, run.Path, run.ManifestSha256, RunMetadata.Unknown("not recorded"), recordedAt);
            index.InsertRunEntry(new IndexedRunEntry(run.Path, entry.Field("preparer") ?? "unknown", sha, entry.RecordedAt));
        }
    }
}
