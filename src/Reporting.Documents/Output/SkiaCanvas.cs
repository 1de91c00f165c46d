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
            DrawShaped(text, x, baseline, style);
            return;
        }
        // Characters the face lacks are drawn, piece by piece, from the fallback face that has them.
        foreach (var (face, piece) in fonts.Fallback.Split(style.Font, text))
        {
            var pieceStyle = style with { Font = face };
            DrawShaped(piece, x, baseline, pieceStyle);
            x += TextMeasure.Width(fonts, piece, pieceStyle);
        }
    }

    /// <summary>Text of one face at HarfBuzz's kerned positions (see <see cref="TextShaper"/>).</summary>
    private void DrawShaped(string text, float x, float baseline, TextStyle style)
    {
        var font = fonts.Font(style.Font, style.Size);
        // Unkerned text (most figures and many words) is drawn as plain text: the glyphs land on the same
        // positions, and the PDF stays smaller and faster to write.
        if (fonts.Shaper.Shape(style.Font, text) is not { Kerned: true } shaped)
        {
            Target!.DrawText(text, x, baseline, SKTextAlign.Left, font, Fill(style.Color));
            return;
        }
        // The glyph ids come from this font (a subset renumbers glyphs), one per character as the shaper
        // guarantees; positions are the same for the full file and its subset.
        var glyphs = font.GetGlyphs(text);
        if (glyphs.Length != shaped.Positions.Length)
        {
            Target!.DrawText(text, x, baseline, SKTextAlign.Left, font, Fill(style.Color));
            return;
        }
        var positions = new float[glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = x + shaped.Positions[i] * style.Size;
        }
        using var builder = new SKTextBlobBuilder();
        builder.AddHorizontalRun(glyphs, font, positions, baseline);
        using var blob = builder.Build();
        if (blob is not null)
        {
            Target!.DrawText(blob, 0, 0, Fill(style.Color));
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
