using NodaTime;

namespace Reporting.RunFormat;

/// <summary>A document or workbook a run made, as <c>manifest.json</c> lists it (docs/run-output.md).</summary>
/// <remarks>
/// The cycle always writes a date, an addressee and a results key; they are optional here because a
/// manifest read back is checked field by field and a missing one is reported where it matters.
/// </remarks>
public sealed record ManifestOutput(
    string Path,
    string Kind,
    string Format,
    string Title,
    LocalDate? DocumentDate,
    string? Addressee,
    int? Pages,
    string? ResultsKey,
    string Sha256)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsPdf => string.Equals(Format, "pdf", StringComparison.Ordinal);
}
