using NodaTime;

namespace Reporting.Archive.Pdf;

/// <summary>
/// What an archival PDF says about itself, written both to the Info dictionary and to the XMP
/// packet (PDF/A requires the two to agree). Dates come from the document (its document date),
/// never from the clock, so converting the same PDF twice gives the same bytes.
/// </summary>
/// <param name="Title">Info /Title and dc:title.</param>
/// <param name="Author">Info /Author and dc:creator: who issues the document.</param>
/// <param name="Subject">Info /Subject and dc:description.</param>
/// <param name="Creator">Info /Creator and xmp:CreatorTool: the program that made the original.</param>
/// <param name="Producer">Info /Producer and pdf:Producer: the program that made this file.</param>
/// <param name="Created">Info /CreationDate and xmp:CreateDate.</param>
/// <param name="Modified">Info /ModDate, xmp:ModifyDate, xmp:MetadataDate and the attachment's /ModDate.</param>
/// <param name="AttachmentDescription">The /Desc of the embedded file's specification.</param>
public sealed record PdfA3Metadata(
    string Title,
    string Author,
    string Subject,
    string Creator,
    string Producer,
    Instant Created,
    Instant Modified,
    string AttachmentDescription);
