using SkiaSharp;

namespace Reporting.Documents.Fonts;

/// <summary>Gives the Skia font for a face and size: the full files for layout and previews, subsets for the PDF.</summary>
internal interface IFontProvider
{
    SKFont Font(FontKey key, float size);

    /// <summary>Places text with kerning (from the full files, also when drawing with subsets: glyph positions do not change).</summary>
    Text.TextShaper Shaper { get; }
}
