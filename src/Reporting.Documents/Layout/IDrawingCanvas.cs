using Reporting.Documents.Text;
using SkiaSharp;

namespace Reporting.Documents.Layout;

/// <summary>
/// What elements draw on. Coordinates are points, y downwards, relative to the current translation;
/// the PDF, the PNG, the glyph-collecting first pass and test recorders all implement it.
/// </summary>
public interface IDrawingCanvas
{
    void Translate(float dx, float dy);

    /// <summary>Draws text with its baseline at <paramref name="baseline"/>.</summary>
    void DrawText(string text, float x, float baseline, TextStyle style);

    void DrawLine(float x1, float y1, float x2, float y2, float thickness, SKColor color);

    void FillRectangle(float x, float y, float width, float height, SKColor color);

    void StrokeRectangle(float x, float y, float width, float height, float thickness, SKColor color);

    /// <summary>Rotates about the current origin; pair with <see cref="Save"/> and <see cref="Restore"/>.</summary>
    void Rotate(float degrees);

    void Save();

    void Restore();
}
