namespace Reporting.Archive.Pdf;

/// <summary>
/// A PDF object as far as the post-processor needs one: enough to read a Catalog and write the
/// few dictionaries an archival update adds. Streams are written, never parsed.
/// </summary>
internal abstract class PdfObject
{
    public abstract void WriteTo(PdfOutput output);
}
