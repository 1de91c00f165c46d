namespace Reporting.Archive.Index;

/// <summary>
/// One archived document or workbook. <see cref="Sha256"/> is the archived file's hash (for a
/// PDF, the PDF/A-3b copy); <see cref="OriginalSha256"/> is the hash of the file as the run made
/// and sent it (the manifest's), so either can be searched for.
/// </summary>
public sealed record IndexedDocument(
    string DealId,
    string Period,
    int Version,
    string Path,
    string Kind,
    string Format,
    string Title,
    string? DocumentDate,
    string? Addressee,
    int? Pages,
    string? ResultsKey,
    string Sha256,
    string OriginalSha256);
