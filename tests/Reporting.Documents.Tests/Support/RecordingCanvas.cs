using Reporting.Documents.Layout;
using Reporting.Documents.Text;
using SkiaSharp;

namespace Reporting.Documents.Tests.Support;

/// <summary>Records drawing as readable lines with absolute coordinates, for layout assertions.</summary>
internal sealed class RecordingCanvas : IDrawingCanvas
{
    private float _x;
    private float _y;

    public List<string> Operations { get; } = [];

    public List<(string Text, float X, float Y)> Texts { get; } = [];

    public List<(float X1, float Y1, float X2, float Y2)> Lines { get; } = [];

    public void Translate(float dx, float dy)
    {
        _x += dx;
        _y += dy;
    }

    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
        Texts.Add((text, _x + x, _y + baseline));
        Operations.Add($"text '{text}' at ({_x + x:0.#}, {_y + baseline:0.#})");
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, SKColor color)
    {
        Lines.Add((_x + x1, _y + y1, _x + x2, _y + y2));
        Operations.Add($"line ({_x + x1:0.#}, {_y + y1:0.#})-({_x + x2:0.#}, {_y + y2:0.#})");
    }

    public void FillRectangle(float x, float y, float width, float height, SKColor color) =>
        Operations.Add($"fill ({_x + x:0.#}, {_y + y:0.#}) {width:0.#}x{height:0.#}");

    public void StrokeRectangle(float x, float y, float width, float height, float thickness, SKColor color) =>
        Operations.Add($"box ({_x + x:0.#}, {_y + y:0.#}) {width:0.#}x{height:0.#}");

    public void Rotate(float degrees) => Operations.Add($"rotate {degrees}");

    public void Save() { }

    public void Restore() { }
}
