namespace Reporting.Archive.Manifest;

/// <summary>A document or workbook a run made, as <c>manifest.json</c> lists it (docs/run-output.md).</summary>
public sealed record ManifestOutput(
    string Path,
    string Kind,
    string Format,
    string Title,
    string? DocumentDate,
    string? Addressee,
    int? Pages,
    string? ResultsKey,
    string Sha256)
{
    public bool IsPdf => string.Equals(Format, "pdf", StringComparison.Ordinal);
}
