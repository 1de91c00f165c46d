using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;
using Reporting.Documents.Text;
using SkiaSharp;

namespace Reporting.Documents.Output;

/// <summary>
/// Draws on a Skia canvas (a PDF page or a raster surface). <see cref="Target"/> is switched page by page;
/// while it is null drawing is skipped, which lets a preview lay out the pages before the one it wants.
/// </summary>
internal sealed class SkiaCanvas(IFontProvider fonts) : IDrawingCanvas, IDisposable
{
    private readonly Dictionary<SKColor, SKPaint> _fills = new();
    private readonly Dictionary<(SKColor, float), SKPaint> _strokes = new();

    public SKCanvas? Target { get; set; }

    public void Translate(float dx, float dy)
    {
        // Skia ignores a zero translation itself; skipping it here saves a native call per cell edge.
        if (dx != 0 || dy != 0)
        {
            Target?.Translate(dx, dy);
        }
    }

    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
        if (Target is null)
        {
            return;
        }
        if (fonts.Fallback.Covers(style.Font, text))
        {
            Target.DrawText(text, x, baseline, SKTextAlign.Left, fonts.Font(style.Font, style.Size), Fill(style.Color));
            return;
        }
        // Characters the face lacks are drawn, piece by piece, from the fallback face that has them.
        foreach (var (face, piece) in fonts.Fallback.Split(style.Font, text))
        {
            var font = fonts.Font(face, style.Size);
            Target.DrawText(piece, x, baseline, SKTextAlign.Left, font, Fill(style.Color));
            x += font.MeasureText(piece);
        }
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, SKColor color) =>
        Target?.DrawLine(x1, y1, x2, y2, Stroke(color, thickness));

    public void FillRectangle(float x, float y, float width, float height, SKColor color) =>
        Target?.DrawRect(x, y, width, height, Fill(color));

    public void StrokeRectangle(float x, float y, float width, float height, float thickness, SKColor color) =>
        Target?.DrawRect(x, y, width, height, Stroke(color, thickness));

    public void Rotate(float degrees) => Target?.RotateDegrees(degrees);

    public void Save() => Target?.Save();

    public void Restore() => Target?.Restore();

    private SKPaint Fill(SKColor color)
    {
        if (!_fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            _fills.Add(color, paint);
        }
        return paint;
    }

    private SKPaint Stroke(SKColor color, float thickness)
    {
        if (!_strokes.TryGetValue((color, thickness), out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = thickness };
            _strokes.Add((color, thickness), paint);
        }
        return paint;
    }

    public void Dispose()
    {
        foreach (var paint in _fills.Values.Concat(_strokes.Values)) paint.Dispose();
    }
}
