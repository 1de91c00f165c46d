namespace Reporting.Archive.Index;

/// <summary>One archived run version, as the index holds it. <see cref="Path"/> is relative to the archive root.</summary>
public sealed record IndexedRun(
    string DealId,
    string Period,
    int Version,
    string Path,
    string DealName,
    string? Scenario,
    string EngineVersion,
    string ManifestSha256,
    string ArchivedAt,
    int Documents);
