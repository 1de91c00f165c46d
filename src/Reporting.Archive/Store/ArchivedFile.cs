namespace Reporting.Archive.Store;

/// <summary>
/// One file of an archived version, as <c>archive.json</c> records it. For a PDF, the archived
/// file is the PDF/A-3b copy and <see cref="OriginalSha256"/>/<see cref="OriginalLength"/> describe
/// the document as the run made and sent it, which is the copy's first <see cref="OriginalLength"/> bytes.
/// </summary>
public sealed record ArchivedFile(string Path, string Sha256, string? OriginalSha256 = null, long? OriginalLength = null);
