using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;
using Reporting.Documents.Model;
using Reporting.Documents.Output;

namespace Reporting.Documents.Tests.Support;

/// <summary>Runs elements and documents through layout without producing a file.</summary>
internal static class Harness
{
    private static readonly Lazy<FontSet> _sharedFonts = new(() => FontSet.DejaVu());

    public static FontSet Fonts => _sharedFonts.Value;

    public static (RecordingCanvas Canvas, PageContext Page) Attach(Element element, float bodyHeight = 1000)
    {
        var canvas = new RecordingCanvas();
        var page = new PageContext { BodyHeight = bodyHeight };
        element.Attach(new LayoutEnvironment(canvas, page, Fonts));
        return (canvas, page);
    }

    /// <summary>Lays out a whole document, one recording per page.</summary>
    public static List<RecordingCanvas> Pages(Document document, int pageCount = 0)
    {
        var sink = new RecordingSink();
        DocumentLayout.Run(document, Fonts, sink, pageCount);
        return sink.Pages;
    }

    private sealed class RecordingSink : IPageSink
    {
        private readonly ForwardingCanvas _canvas = new();

        public List<RecordingCanvas> Pages { get; } = [];

        public IDrawingCanvas Canvas => _canvas;

        public void BeginPage(int pageNumber, Size pageSize)
        {
            var page = new RecordingCanvas();
            Pages.Add(page);
            _canvas.Target = page;
        }

        public bool EndPage() => true;
    }

    private sealed class ForwardingCanvas : IDrawingCanvas
    {
        public RecordingCanvas Target { get; set; } = new();

        public void Translate(float dx, float dy) => Target.Translate(dx, dy);
        public void DrawText(string text, float x, float baseline, Text.TextStyle style) => Target.DrawText(text, x, baseline, style);
        public void DrawLine(float x1, float y1, float x2, float y2, float thickness, SkiaSharp.SKColor color) => Target.DrawLine(x1, y1, x2, y2, thickness, color);
        public void FillRectangle(float x, float y, float width, float height, SkiaSharp.SKColor color) => Target.FillRectangle(x, y, width, height, color);
        public void StrokeRectangle(float x, float y, float width, float height, float thickness, SkiaSharp.SKColor color) => Target.StrokeRectangle(x, y, width, height, thickness, color);
        public void Rotate(float degrees) => Target.Rotate(degrees);
        public void Save() => Target.Save();
        public void Restore() => Target.Restore();
    }
}
