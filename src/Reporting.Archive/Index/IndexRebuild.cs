using Microsoft.Data.Sqlite;
using NodaTime.Text;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Index;

/// <summary>
/// <c>reporting archive reindex</c>: rebuilds the index (<c>index.sqlite</c>, or the PostgreSQL index) from the archive itself, for when
/// the index is lost, damaged or was edited. Every whole version folder (every file matching its
/// <c>archive.json</c>) gets its rows exactly as an add makes them; a damaged folder is left out and
/// named; the hash chain is replayed for the lifecycle rows (run entries, approvals, issues). The new index is built beside the old one and renamed into place holding the archive-wide
/// lock exclusively (no add is in progress, none starts); every page's facts are rewritten;
/// the old file is kept in <c>.replaced/</c>, because nothing in an archive is ever deleted.
/// A PostgreSQL index is rebuilt the same way in a SQLite file first, then copied in one transaction
/// that moves the old tables into a schema of their own (<see cref="PostgresArchiveIndex.ReplaceAllWith"/>).
/// </summary>
public static class IndexRebuild
{
    public const string ReplacedFolder = ".replaced";

    /// <param name="Versions">Version folders indexed.</param>
    /// <param name="Documents">Document rows written.</param>
    /// <param name="NotIndexed">Version folders and chain entries left out, each with what is wrong with it.</param>
    /// <param name="Replaced">Where the previous index was kept: relative to the archive root, or the PostgreSQL schema holding its tables; null if there was none.</param>
    public sealed record Result(int Versions, int Documents, IReadOnlyList<string> NotIndexed, string? Replaced);

    public static Result Run(string archiveDir, ArchiveOptions? options = null)
    {
        options ??= ArchiveOptions.Default;
        var layout = new ArchiveLayout(archiveDir);
        if (!Directory.Exists(layout.Root))
            throw new InputException(new Diagnostic(archiveDir, 0, 0, null, "no such archive folder (use --archive DIR)"));

        using var writerLock = ArchiveLock.Acquire(layout, options.LockTimeout);
        var database = options.Index;
        var previous = PreviousRows(layout, database);
        var now = InstantPattern.ExtendedIso.Format(options.Clock.GetCurrentInstant());
        Directory.CreateDirectory(layout.StagingFolder);
        // A reindex killed part-way left its half-built index here; with the lock held exclusively none is in use.
        foreach (var stale in Directory.EnumerateFiles(layout.StagingFolder, "index-*.sqlite*")) File.Delete(stale);
        var fresh = Path.Combine(layout.StagingFolder, "index-" + Guid.NewGuid().ToString("N") + ".sqlite");
        int versions = 0, documents = 0;
        var notIndexed = new List<string>();
        using (var index = ArchiveIndex.OpenOrCreate(fresh))
        {
            foreach (var (dealId, period, version, relative) in layout.VersionFolders())
            {
                if (VersionCheck.TryRead(layout.Path(relative), out var problem) is { } whole
                    && (whole.Record.DealId, whole.Record.Period, whole.Record.Version) == (dealId, period, version))
                {
                    // The time of the original add survives when the old index still says so for the same manifest.
                    var at = previous.Runs.TryGetValue(relative, out var old) && old.ManifestSha256 == whole.Manifest.Sha256 ? old.ArchivedAt : now;
                    var rows = IndexRows.For(whole.Manifest, whole.Record, relative, at);
                    index.Insert(rows);
                    versions++;
                    documents += rows.Documents.Count;
                }
                else
                {
                    notIndexed.Add($"{relative}: {(problem.Length > 0 ? problem : "archive.json does not describe this folder")}");
                }
            }
            foreach (var quarantined in QuarantinedFolders(layout))
            {
                var (original, reason, at) = previous.Quarantine.TryGetValue(quarantined, out var row)
                    ? row
                    : (quarantined[(".quarantine/".Length)..], "found in .quarantine when the index was rebuilt", now);
                index.InsertQuarantine(quarantined, original, reason, at);
            }
            // The lifecycle (who prepared and approved each run, every issue) is in the chain, not in the version folders.
            notIndexed.AddRange(Lifecycle.LifecycleRows.Replay(layout, index));
        }

        string? replaced = null;
        if (database is not SqliteIndexDatabase)
        {
            using (var target = database.OpenOrCreate(layout))
            using (var rebuilt = ArchiveIndex.OpenOrCreate(fresh))
            {
                if (target is not PostgresArchiveIndex postgres)
                    throw new InvalidOperationException($"archive reindex cannot rebuild {database.Name}");
                replaced = $"PostgreSQL schema {postgres.ReplaceAllWith(rebuilt)}";
            }
            File.Delete(fresh);
        }
        else if (File.Exists(layout.IndexFile))
        {
            Directory.CreateDirectory(layout.Path(ReplacedFolder));
            replaced = $"{ReplacedFolder}/index-1.sqlite";
            for (var n = 2; File.Exists(layout.Path(replaced)); n++) replaced = $"{ReplacedFolder}/index-{n}.sqlite";
            File.Move(layout.IndexFile, layout.Path(replaced));
            // A rollback journal belongs to the file it was written for.
            if (File.Exists(layout.IndexFile + "-journal")) File.Move(layout.IndexFile + "-journal", layout.Path(replaced) + "-journal");
        }
        if (database is SqliteIndexDatabase) File.Move(fresh, layout.IndexFile);
        using (var index = database.OpenOrCreate(layout))
        {
            ArchivePages.WriteAll(layout, index, options);
        }
        return new Result(versions, documents, notIndexed, replaced);
    }

    private sealed record Previous(
        IReadOnlyDictionary<string, IndexedRun> Runs,
        IReadOnlyDictionary<string, (string OriginalPath, string Reason, string At)> Quarantine);

    /// <summary>What the old index can still tell (empty when it is missing or unreadable).</summary>
    private static Previous PreviousRows(ArchiveLayout layout, IIndexDatabase database)
    {
        if (!database.Exists(layout.Root)) return new(new Dictionary<string, IndexedRun>(), new Dictionary<string, (string, string, string)>());
        try
        {
            using var index = database.OpenReadOnly(layout.Root);
            var runs = new Dictionary<string, IndexedRun>(StringComparer.Ordinal);
            foreach (var run in index.Runs()) runs.TryAdd(run.Path, run);
            var quarantine = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
            foreach (var (path, original, reason, at) in index.QuarantinedWithTimes()) quarantine.TryAdd(path, (original, reason, at));
            return new(runs, quarantine);
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException)
        {
            return new(new Dictionary<string, IndexedRun>(), new Dictionary<string, (string, string, string)>());
        }
    }

    /// <summary>Quarantined version folders (<c>.quarantine/DEAL/YYYY-MM/vNNNN[-n]</c>), relative to the root.</summary>
    private static IEnumerable<string> QuarantinedFolders(ArchiveLayout layout)
    {
        if (!Directory.Exists(layout.QuarantineFolder)) yield break;
        foreach (var deal in Directory.EnumerateDirectories(layout.QuarantineFolder).Order(StringComparer.Ordinal))
            foreach (var period in Directory.EnumerateDirectories(deal).Order(StringComparer.Ordinal))
                foreach (var version in Directory.EnumerateDirectories(period).Order(StringComparer.Ordinal))
                    yield return layout.Relative(version)!;
    }
}
