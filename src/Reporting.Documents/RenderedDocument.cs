using Reporting.Documents.Fonts;
using Reporting.Documents.Model;
using Reporting.Documents.Output;

namespace Reporting.Documents;

/// <summary>A rendered document: the PDF bytes, and PNG previews of any page on request.</summary>
public sealed class RenderedDocument
{
    private readonly Document _document;
    private readonly FontSet _fonts;

    internal RenderedDocument(Document document, FontSet fonts, PdfOutput pdf, string markup)
    {
        _document = document;
        _fonts = fonts;
        Pdf = pdf.Bytes;
        PageCount = pdf.PageCount;
        Fonts = pdf.Fonts;
        Markup = markup;
    }

    public byte[] Pdf { get; }

    public int PageCount { get; }

    public DocumentMetadata Metadata => _document.Metadata;

    /// <summary>The font files embedded (as subsets), with their SHA-256, for a manifest.</summary>
    public IReadOnlyList<FontFile> Fonts { get; }

    /// <summary>The markup the template produced: useful when a layout surprises.</summary>
    public string Markup { get; }

    /// <summary>Page <paramref name="page"/> (1-based) as PNG on white; 150 dpi gives 1275×1650 for Letter.</summary>
    public byte[] RenderPng(int page, float dpi = PngWriter.DefaultDpi) => PngWriter.Write(_document, _fonts, page, PageCount, dpi);
}
