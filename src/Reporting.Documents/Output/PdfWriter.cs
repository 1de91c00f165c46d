using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;
using Reporting.Documents.Model;
using SkiaSharp;

namespace Reporting.Documents.Output;

/// <summary>
/// Writes a document as PDF: a first layout pass counts pages and collects the characters used, the
/// fonts are subset to those characters, and a second pass draws with the subsets and the page count.
/// The same document and fonts give the same bytes.
/// </summary>
public static class PdfWriter
{
    public static PdfOutput Write(Document document, FontSet fonts)
    {
        var usage = new GlyphUsage();
        var pages = DocumentLayout.Run(document, fonts, new CountingSink(usage, fonts.Fallback), pageCount: 0);

        using var subsets = fonts.Subset(usage);
        // A native stream, not a MemoryStream: Skia writes the file in many small pieces, and each write
        // to a managed stream is a call back into .NET (and the MemoryStream regrows on the large object heap).
        using var stream = new SKDynamicMemoryWStream();
        using (var pdf = SKDocument.CreatePdf(stream, Metadata(document.Metadata)))
        using (var canvas = new SkiaCanvas(subsets))
        {
            var drawn = DocumentLayout.Run(document, subsets, new PdfSink(pdf, canvas), pages);
            if (drawn != pages)
            {
                // Only the width of "Page N of M" differs between passes; a footer that wraps on it would land here.
                throw new InvalidOperationException($"Layout was unstable: {pages} pages in the first pass, {drawn} in the second.");
            }
            pdf.Close();
        }
        var files = usage.Faces.Select(fonts.File).ToList();
        using var data = stream.DetachAsData();
        var bytes = data.ToArray();
        if (document.Metadata.Date is { } date)
        {
            PdfInfoDates.WriteAsUtc(bytes, date);
        }
        return new PdfOutput(bytes, pages, files);
    }

    private static SKDocumentPdfMetadata Metadata(DocumentMetadata metadata)
    {
        // A fixed date, never the clock: without one Skia leaves the dates out.
        var date = metadata.Date is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null;
        return new SKDocumentPdfMetadata
        {
            Title = metadata.Title ?? "",
            Author = metadata.Author ?? "",
            Subject = metadata.Subject ?? "",
            Keywords = metadata.Keywords ?? "",
            Creator = metadata.Creator ?? "",
            Producer = "Reporting.Documents (Skia PDF)",
            Creation = date,
            Modified = date,
            RasterDpi = SKDocument.DefaultRasterDpi,
            EncodingQuality = 101,
            PdfA = false,
        };
    }
}
