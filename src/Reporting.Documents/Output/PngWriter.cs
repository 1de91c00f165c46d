using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;
using Reporting.Documents.Model;

namespace Reporting.Documents.Output;

/// <summary>Rasterises one page of a document as PNG, on white, at a given resolution.</summary>
public static class PngWriter
{
    public const float DefaultDpi = 150;

    /// <param name="page">1-based page number.</param>
    /// <param name="pageCount">The document's page count, for "Page N of M" (from <see cref="PdfWriter"/>).</param>
    public static byte[] Write(Document document, FontSet fonts, int page, int pageCount, float dpi = DefaultDpi)
    {
        if (page < 1 || page > pageCount)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, $"The document has pages 1 to {pageCount}.");
        }
        using var canvas = new SkiaCanvas(fonts);
        using var sink = new PngSink(canvas, page, dpi);
        DocumentLayout.Run(document, fonts, sink, pageCount);
        return sink.Png ?? throw new InvalidOperationException($"Page {page} was not laid out.");
    }
}
