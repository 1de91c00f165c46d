using NodaTime;
using NodaTime.Text;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Index;

/// <summary>The index rows of one version, made the same way by an add and by recovery.</summary>
public sealed record IndexRows(IndexedRun Run, IReadOnlyList<IndexedDocument> Documents)
{
    public static IndexRows For(RunManifest manifest, VersionRecord record, string versionPath, string archivedAt)
    {
        var files = record.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var documents = manifest.Outputs
            .Select(o => new IndexedDocument(manifest.DealId, manifest.Period, record.Version, $"{versionPath}/{o.Path}", o.Kind, o.Format,
                o.Title ?? o.Path, IsoDate(o.DocumentDate), o.Addressee, o.Pages, o.ResultsKey, files[o.Path].Sha256, o.Sha256))
            .ToList();
        var run = new IndexedRun(manifest.DealId, manifest.Period, record.Version, versionPath, manifest.DealName, manifest.Scenario,
            manifest.EngineVersion, manifest.Sha256, archivedAt, documents.Count);
        return new IndexRows(run, documents);
    }

    /// <summary>A document date as the index stores it (ISO, or null).</summary>
    internal static string? IsoDate(LocalDate? date) => date is { } value ? LocalDatePattern.Iso.Format(value) : null;
}
