namespace Reporting.Archive.Store;

/// <summary>
/// The points of <see cref="ArchiveStore.Add"/> where a hook is told of progress, in order. A
/// process killed anywhere up to <see cref="MovedIntoPlace"/> leaves the archive as it was; from
/// there on the version is complete on disk and the next open finishes indexing it.
/// </summary>
public enum ArchiveStep
{
    LockAcquired,
    StagingCreated,
    FilesStaged,
    RecordWritten,
    MovedIntoPlace,
    IndexRowsInserted,
    IndexCommitted,
    HtmlWritten,
}
