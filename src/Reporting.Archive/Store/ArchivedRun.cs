namespace Reporting.Archive.Store;

/// <summary>What <see cref="ArchiveStore.Add"/> archived (or found already archived).</summary>
/// <param name="Version">1 for v0001.</param>
/// <param name="Path">The version folder, full path.</param>
/// <param name="IsNew">False when the latest version of this deal and period already had the identical manifest.</param>
public sealed record ArchivedRun(string DealId, string Period, int Version, string Path, bool IsNew);
