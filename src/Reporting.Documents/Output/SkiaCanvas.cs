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

    // SKCanvas.DrawText(string, ...) builds a text blob (glyphs and advances) on every call, then draws it.
    // Tables repeat the same strings page after page; a blob is immutable, so one per string and font serves.
    private readonly Dictionary<(string Text, FontKey Font, float Size), SKTextBlob?> _blobs = new();

    public SKCanvas? Target { get; set; }

    public void Translate(float dx, float dy) => Target?.Translate(dx, dy);

    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
        if (Target is not { } target)
        {
            return;
        }
        if (!_blobs.TryGetValue((text, style.Font, style.Size), out var blob))
        {
            // Exactly what SKCanvas.DrawText(string, ...) draws: a blob of the text at the origin.
            blob = SKTextBlob.Create(text, fonts.Font(style.Font, style.Size));
            _blobs.Add((text, style.Font, style.Size), blob);
        }
        if (blob is not null)
        {
            target.DrawText(blob, x, baseline, Fill(style.Color));
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
        foreach (var blob in _blobs.Values) blob?.Dispose();
    }
}
