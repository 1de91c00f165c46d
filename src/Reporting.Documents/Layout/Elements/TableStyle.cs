using SkiaSharp;

namespace Reporting.Documents.Layout.Elements;

/// <summary>How a table is ruled and shaded.</summary>
/// <param name="Ruled">Rules under the header, between rows and around totals; false for layout-only tables.</param>
/// <param name="Striped">Shade every other body row.</param>
public sealed record TableStyle(bool Ruled, bool Striped)
{
    public static readonly TableStyle Lines = new(Ruled: true, Striped: false);
    public static readonly TableStyle Plain = new(Ruled: false, Striped: false);

    public SKColor HeaderFill { get; init; } = new(0xE8, 0xEC, 0xF1);
    public SKColor StripeFill { get; init; } = new(0xF5, 0xF7, 0xF9);
    public SKColor StrongRule { get; init; } = new(0x2B, 0x36, 0x44);
    public SKColor LightRule { get; init; } = new(0xCF, 0xD5, 0xDC);
    public float StrongThickness { get; init; } = 0.8f;
    public float LightThickness { get; init; } = 0.35f;
}
