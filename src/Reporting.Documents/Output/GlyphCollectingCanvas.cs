using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;
using Reporting.Documents.Text;
using SkiaSharp;

namespace Reporting.Documents.Output;

/// <summary>The first pass's canvas: draws nothing, notes which characters each face needs.</summary>
internal sealed class GlyphCollectingCanvas(GlyphUsage usage, FontFallback fallback) : IDrawingCanvas
{
    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
        if (fallback.Covers(style.Font, text))
        {
            usage.Add(style.Font, text);
            return;
        }
        foreach (var (face, piece) in fallback.Split(style.Font, text))
        {
            usage.Add(face, piece);
        }
    }

    public void Translate(float dx, float dy) { }

    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, SKColor color) { }

    public void FillRectangle(float x, float y, float width, float height, SKColor color) { }

    public void StrokeRectangle(float x, float y, float width, float height, float thickness, SKColor color) { }

    public void Rotate(float degrees) { }

    public void Save() { }

    public void Restore() { }
}
