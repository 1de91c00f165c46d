using NodaTime.Text;
using Reporting.Archive.Index;

namespace Reporting.Archive.Store;

/// <summary>
/// Puts an archive back in order after a process died mid-add. Runs under the writer lock, so no
/// add is in progress: whatever is in <c>.staging</c> is abandoned and removed; a version folder
/// with no index rows was moved into place but not indexed, and is indexed if whole or moved to
/// <c>.quarantine</c> (never deleted) if not; index.html is rewritten from the index.
/// </summary>
internal static class ArchiveRecovery
{
    public static void Recover(ArchiveLayout layout, ArchiveIndex index, ArchiveOptions options)
    {
        if (Directory.Exists(layout.StagingFolder))
        {
            foreach (var stale in Directory.EnumerateFileSystemEntries(layout.StagingFolder))
            {
                if (Directory.Exists(stale)) Directory.Delete(stale, recursive: true);
                else File.Delete(stale);
            }
        }

        var indexed = index.Runs().Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (dealId, period, version, relative) in layout.VersionFolders())
        {
            if (indexed.Contains(relative)) continue;
            var folder = layout.Path(relative);
            var now = InstantPattern.ExtendedIso.Format(options.Clock.GetCurrentInstant());
            if (VersionCheck.TryRead(folder, out var problem) is { } whole && whole.Record.DealId == dealId
                && whole.Record.Period == period && whole.Record.Version == version)
            {
                index.Insert(IndexRows.For(whole.Manifest, whole.Record, relative, now));
            }
            else
            {
                var target = FreeQuarantinePath(layout, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(layout.Path(target))!);
                Directory.Move(folder, layout.Path(target));
                index.InsertQuarantine(target, relative, problem.Length > 0 ? problem : "archive.json does not match its folder", now);
            }
        }
        // A version indexed but not yet in the chain (the add was killed between the two) gets its run entry now.
        Lifecycle.RunEntries.AppendMissing(layout, index.Runs(), InstantPattern.ExtendedIso.Format(options.Clock.GetCurrentInstant()));
        // index.html is a view of the index: rewritten every time, it cannot lag behind a commit a kill interrupted.
        IndexHtml.Write(layout, index);
    }

    private static string FreeQuarantinePath(ArchiveLayout layout, string relative)
    {
        var candidate = ".quarantine/" + relative;
        for (var n = 2; Directory.Exists(layout.Path(candidate)); n++) candidate = $".quarantine/{relative}-{n}";
        return candidate;
    }
}
