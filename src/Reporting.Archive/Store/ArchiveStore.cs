using NodaTime.Text;
using Reporting.Archive.Index;
using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// The append-only archive of run versions: <c>DEAL/YYYY-MM/v0001/</c>, <c>v0002/</c>… with an
/// SQLite index and static pages. Nothing in it is ever overwritten.
/// </summary>
/// <remarks>
/// An add touches only its own deal and period: it holds that deal-period's lock (adds of other
/// deals or months run at the same time), marks the deal-period in <c>.pending/</c>, builds the
/// version in <c>.staging/DEAL+PERIOD+&lt;random&gt;</c>, moves it into place with one rename
/// (the commit point), inserts its index rows in one short transaction, appends its chain entry,
/// rewrites its deal-period's page facts (<see cref="ArchivePages"/>) and clears the mark. A process killed before the rename leaves only staging debris;
/// one killed after it leaves a whole version; either way the mark tells the next open (or the next
/// add of that deal-period) exactly where to look. The archive is never half-written.
/// </remarks>
public sealed class ArchiveStore
{
    private readonly ArchiveOptions _options;

    private ArchiveStore(ArchiveLayout layout, ArchiveOptions options)
    {
        Layout = layout;
        _options = options;
    }

    public ArchiveLayout Layout { get; }

    internal ArchiveOptions Options => _options;

    /// <summary>Opens (creating on first use) the archive at <paramref name="archiveDir"/> and recovers what interrupted adds left.</summary>
    public static ArchiveStore Open(string archiveDir, ArchiveOptions? options = null)
    {
        var store = new ArchiveStore(new ArchiveLayout(archiveDir), options ?? ArchiveOptions.Default);
        if (File.Exists(store.Layout.Root))
            throw new InputException(new Diagnostic(archiveDir, 0, 0, null, "is a file, not an archive folder"));
        foreach (var folder in new[] { store.Layout.Root, store.Layout.StagingFolder, store.Layout.PendingFolder, store.Layout.LocksFolder })
            Directory.CreateDirectory(folder);
        using var archiveLock = ArchiveLock.AcquireShared(store.Layout, store._options.LockTimeout);
        using var index = store._options.Index.OpenOrCreate(store.Layout);
        ArchiveRecovery.RecoverPending(store.Layout, index, store._options);
        return store;
    }

    /// <summary>Checks every version folder against the index, replays the chain into it and rewrites every page: a full walk, for <c>reporting archive recover</c>.</summary>
    public void RecoverAll()
    {
        using var archiveLock = ArchiveLock.AcquireShared(Layout, _options.LockTimeout);
        using var index = OpenIndex();
        ArchiveRecovery.RecoverAll(Layout, index, _options);
    }

    /// <summary>Every page's facts rewritten from the index and the chain checked in full (<c>reporting archive page</c>).</summary>
    public void WritePages()
    {
        using var writerLock = ArchiveLock.Acquire(Layout, _options.LockTimeout);
        using var index = OpenIndex();
        ArchivePages.WriteAll(Layout, index, _options);
    }

    /// <summary>
    /// Archives a complete run folder. The manifest's inputs are copied from
    /// <paramref name="dealFolder"/> and its templates from <paramref name="templatesFolder"/>, each
    /// checked against the manifest's hash. Returns the existing version, unchanged, when the latest
    /// version of the same deal and period has a byte-identical manifest (same inputs, templates,
    /// fonts and outputs); otherwise the next version.
    /// </summary>
    /// <param name="metadata">Who made the run, where, with what and when; recorded in the run's chain entry.</param>
    public ArchivedRun Add(string runFolder, string dealFolder, string templatesFolder, Lifecycle.RunMetadata? metadata = null)
    {
        var manifest = RunManifest.Load(Path.Combine(runFolder, RunManifest.FileName));
        // Both name folders of the archive: a manifest from elsewhere must not lead out of it.
        if (!System.Text.RegularExpressions.Regex.IsMatch(manifest.DealId, "^[a-z0-9][a-z0-9-]{0,63}$"))
            throw new InputException(new Diagnostic(RunManifest.FileName, 0, 0, "deal_id", $"'{manifest.DealId}' is not a deal id (lower-case letters, digits and '-', at most 64 characters, as deal.yaml requires)"));
        if (!YearMonthPattern.Iso.Parse(manifest.Period).Success || manifest.Period.Length != 7)
            throw new InputException(new Diagnostic(RunManifest.FileName, 0, 0, "period", $"'{manifest.Period}' is not a month (expected yyyy-mm)"));
        foreach (var (folder, what) in new[] { (runFolder, "run folder"), (dealFolder, "deal folder"), (templatesFolder, "templates folder") })
            if (!Directory.Exists(folder)) throw new InputException(new Diagnostic(folder, 0, 0, null, $"the {what} does not exist"));

        using var archiveLock = ArchiveLock.AcquireShared(Layout, _options.LockTimeout);
        using var periodLock = ArchiveLock.Acquire(Layout.PeriodLockFile(manifest.DealId, manifest.Period), _options.LockTimeout);
        Step(ArchiveStep.LockAcquired);
        using var index = OpenIndex();
        ArchiveRecovery.RecoverPeriod(Layout, index, _options, manifest.DealId, manifest.Period);

        var existing = index.RunsOf(manifest.DealId, manifest.Period);
        if (existing.Count > 0 && existing[^1].ManifestSha256 == manifest.Sha256)
        {
            var latest = existing[^1];
            File.Delete(Layout.PendingMarker(manifest.DealId, manifest.Period));
            return new ArchivedRun(latest.DealId, latest.Period, latest.Version, Layout.Path(latest.Path), IsNew: false);
        }

        var version = NextVersion(manifest.DealId, manifest.Period, existing);
        var marker = Layout.PendingMarker(manifest.DealId, manifest.Period);
        File.WriteAllText(marker, ArchiveLayout.VersionName(version));
        var staging = Path.Combine(Layout.StagingFolder, $"{ArchiveLayout.PeriodKey(manifest.DealId, manifest.Period)}+{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var relative = ArchiveLayout.VersionPath(manifest.DealId, manifest.Period, version);
        var target = Layout.Path(relative);
        VersionRecord record;
        try
        {
            Step(ArchiveStep.StagingCreated);
            record = VersionStager.Stage(manifest, runFolder, dealFolder, templatesFolder, staging, version);
            Step(ArchiveStep.FilesStaged);
            VersionStager.WriteRecord(staging, record);
            StagedFolderDurability.Flush(staging);
            Step(ArchiveStep.RecordWritten);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InputException)
        {
            // A full disk or a bad file: remove the partial version now rather than leave it filling the disk.
            // The pending mark goes only once its staging is gone; otherwise the next open clears both.
            try
            {
                Directory.Delete(staging, recursive: true);
                File.Delete(marker);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            throw;
        }
        Step(ArchiveStep.MovedIntoPlace);

        var archivedAt = InstantPattern.ExtendedIso.Format(_options.Clock.GetCurrentInstant());
        try
        {
            index.Insert(IndexRows.For(manifest, record, relative, archivedAt), () => Step(ArchiveStep.IndexRowsInserted));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 10 or 13)
        {
            // The index could not take the rows (a full disk, an I/O error): SQLite rolled the
            // transaction back, so take the version folder back out too and leave the archive as it was.
            // The pending mark goes only once the folder is gone; otherwise the next open recovers it.
            try
            {
                Directory.Delete(target, recursive: true);
                File.Delete(marker);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            var what = e.SqliteErrorCode == 13 ? "No space left on device" : "I/O error";
            throw new IOException($"{Layout.IndexFile}: {what} while indexing the new version ({e.Message}); the version was not archived", e);
        }
        Step(ArchiveStep.IndexCommitted);
        using (ArchiveLock.Acquire(Layout.PagesLockFile, _options.LockTimeout))
        {
            // The chain is archive-wide: adds of other deal-periods take turns here, for one small file each.
            var (entry, entrySha256) = Lifecycle.RunEntries.Append(Layout, relative, manifest.Sha256, metadata ?? Lifecycle.RunMetadata.Unknown("not recorded"), archivedAt);
            index.InsertRunEntry(new IndexedRunEntry(relative, (metadata ?? Lifecycle.RunMetadata.Unknown("not recorded")).Preparer, entrySha256, archivedAt));
            ArchivePages.WriteChain(Layout, entry.Sequence, entrySha256);
        }
        // The page's facts of this deal and period only, and the static page when its template changed.
        ArchivePages.WritePeriod(Layout, index, manifest.DealId, manifest.Period, _options);
        ArchivePages.WriteTopPage(Layout, templatesFolder);
        Step(ArchiveStep.HtmlWritten);
        File.Delete(marker);
        return new ArchivedRun(manifest.DealId, manifest.Period, version, target, IsNew: true);
    }

    /// <summary>One past the highest number ever used for this deal and period, quarantined folders included, so no number is reused.</summary>
    private int NextVersion(string dealId, string period, IReadOnlyList<IndexedRun> indexed)
    {
        var used = indexed.Select(r => r.Version).ToList();
        foreach (var root in new[] { Layout.Path($"{dealId}/{period}"), Path.Combine(Layout.QuarantineFolder, dealId, period) })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var name in Directory.EnumerateDirectories(root).Select(Path.GetFileName))
                if (name is not null && ArchiveLayout.TryParseVersionName(name.Split('-')[0], out var v)) used.Add(v);
        }
        return used.Count == 0 ? 1 : used.Max() + 1;
    }

    /// <summary>The index, in whichever database the options name (SQLite by default).</summary>
    internal IArchiveIndex OpenIndex() => _options.Index.OpenOrCreate(Layout);

    private void Step(ArchiveStep step) => _options.OnStep?.Invoke(step);
}
