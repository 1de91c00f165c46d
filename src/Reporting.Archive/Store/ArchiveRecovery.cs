using NodaTime.Text;
using Reporting.Archive.Index;

namespace Reporting.Archive.Store;

/// <summary>
/// Puts an archive back in order after a process died mid-add, looking only at what an add can
/// leave. An add marks its deal and period in <c>.pending/</c> before it stages anything and
/// clears the mark when its pages are written, so recovery visits the marked deal-periods only:
/// under that deal-period's lock (so no add of it is in progress) its abandoned staging folders
/// are removed, a version folder with no index rows was moved into place but not indexed and is
/// indexed if whole or moved to <c>.quarantine</c> (never deleted) if not, a missing run entry is
/// appended, and its page facts are rewritten. <see cref="RecoverAll"/> does the same for every version folder, on request.
/// </summary>
internal static class ArchiveRecovery
{
    /// <summary>Recovers every deal-period an interrupted add marked, skipping those another add holds now (that add recovers it).</summary>
    public static void RecoverPending(ArchiveLayout layout, IArchiveIndex index, ArchiveOptions options)
    {
        if (!Directory.Exists(layout.PendingFolder)) return;
        foreach (var marker in Directory.EnumerateFiles(layout.PendingFolder).Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFileName(marker).Split('+');
            if (parts.Length != 2) continue;
            using var periodLock = ArchiveLock.TryAcquire(layout.PeriodLockFile(parts[0], parts[1]));
            if (periodLock is null) continue;
            RecoverPeriod(layout, index, options, parts[0], parts[1]);
            File.Delete(marker);
        }
    }

    /// <summary>One deal and period, under its lock: staging debris removed, unindexed version folders indexed or quarantined, pages rewritten when anything changed.</summary>
    public static bool RecoverPeriod(ArchiveLayout layout, IArchiveIndex index, ArchiveOptions options, string dealId, string period)
    {
        var prefix = ArchiveLayout.PeriodKey(dealId, period) + "+";
        if (Directory.Exists(layout.StagingFolder))
        {
            foreach (var stale in Directory.EnumerateDirectories(layout.StagingFolder, prefix + "*"))
                Directory.Delete(stale, recursive: true);
        }
        var indexed = index.RunsOf(dealId, period).Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var changed = false;
        foreach (var (version, relative) in layout.VersionFolders(dealId, period))
        {
            if (indexed.Contains(relative)) continue;
            RecoverVersion(layout, index, options, dealId, period, version, relative);
            changed = true;
        }
        if (changed || File.Exists(layout.PendingMarker(dealId, period)))
        {
            using (ArchiveLock.Acquire(layout.PagesLockFile, options.LockTimeout))
            {
                Lifecycle.RunEntries.AppendMissing(layout, index, index.RunsOf(dealId, period), Now(options));
                ArchivePages.WriteChain(layout);
            }
            if (index.RunsOf(dealId, period).Count > 0)
            {
                ArchivePages.RepairList(layout, dealId, period, options);
                ArchivePages.WritePeriod(layout, index, dealId, period, options);
            }
        }
        return changed;
    }

    /// <summary>Every version folder of the archive checked against the index (a full walk: <c>reporting archive recover</c>), then every page rewritten.</summary>
    public static void RecoverAll(ArchiveLayout layout, IArchiveIndex index, ArchiveOptions options)
    {
        var periods = layout.VersionFolders().Select(v => (v.DealId, v.Period)).Distinct().ToList();
        if (Directory.Exists(layout.StagingFolder))
            periods.AddRange(Directory.EnumerateDirectories(layout.StagingFolder).Select(Path.GetFileName)
                .Select(n => n!.Split('+')).Where(p => p.Length == 3).Select(p => (p[0], p[1])));
        foreach (var (dealId, period) in periods.Distinct().Order())
        {
            using var periodLock = ArchiveLock.Acquire(layout.PeriodLockFile(dealId, period), options.LockTimeout);
            RecoverPeriod(layout, index, options, dealId, period);
            File.Delete(layout.PendingMarker(dealId, period));
        }
        using (ArchiveLock.Acquire(layout.PagesLockFile, options.LockTimeout))
            Lifecycle.RunEntries.AppendMissing(layout, index, index.Runs(), Now(options));
        Lifecycle.LifecycleRows.Replay(layout, index);
        ArchivePages.WriteAll(layout, index, options);
    }

    private static string Now(ArchiveOptions options) => InstantPattern.ExtendedIso.Format(options.Clock.GetCurrentInstant());

    private static void RecoverVersion(ArchiveLayout layout, IArchiveIndex index, ArchiveOptions options, string dealId, string period, int version, string relative)
    {
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

    private static string FreeQuarantinePath(ArchiveLayout layout, string relative)
    {
        var candidate = ".quarantine/" + relative;
        for (var n = 2; Directory.Exists(layout.Path(candidate)); n++) candidate = $".quarantine/{relative}-{n}";
        return candidate;
    }
}
