using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;

namespace Reporting.Documents.Output;

/// <summary>First pass: lays out every page to count them and to learn which glyphs to keep.</summary>
internal sealed class CountingSink(GlyphUsage usage, FontFallback fallback) : IPageSink
{
    public IDrawingCanvas Canvas { get; } = new GlyphCollectingCanvas(usage, fallback);

    public void BeginPage(int pageNumber, Size pageSize) { }

    public bool EndPage() => true;
}
