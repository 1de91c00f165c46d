using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>The chain entry of an archived run version: its record's hash and who made it, where and with what.</summary>
internal static class RunEntries
{
    public static void Append(ArchiveLayout layout, string versionPath, string manifestSha256, RunMetadata metadata, string recordedAt)
    {
        var record = layout.Path(versionPath + "/" + VersionRecord.FileName);
        ArchiveChain.Append(layout, ChainEntry.Run, recordedAt, new Dictionary<string, string?>
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

    /// <summary>Run entries for indexed versions the chain does not have yet, in index order.</summary>
    public static void AppendMissing(ArchiveLayout layout, IReadOnlyList<IndexedRun> runs, string recordedAt)
    {
        var chained = ArchiveChain.Read(layout).Where(e => e.Entry.Kind == ChainEntry.Run).Select(e => e.Entry.Field("path")).ToHashSet();
        foreach (var run in runs.Where(r => !chained.Contains(r.Path)))
            Append(layout, run.Path, run.ManifestSha256, RunMetadata.Unknown("not recorded"), recordedAt);
    }
}
