using Reporting.Documents.Fonts;
using SkiaSharp;

namespace Reporting.Documents.Text;

/// <summary>How a run of text looks: face, size in points, colour.</summary>
public readonly record struct TextStyle(FontKey Font, float Size, SKColor Color)
{
    public static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);

    public static TextStyle Default => new(FontKey.SansRegular, 10f, Ink);

    public TextStyle Bold(bool bold = true) => this with { Font = Font.WithBold(bold) };

    public TextStyle Italic(bool italic = true) => this with { Font = Font.WithItalic(italic) };

    public TextStyle WithSize(float size) => this with { Size = size };
}
