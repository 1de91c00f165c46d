using SkiaSharp;

namespace Reporting.Documents.Fonts;

/// <summary>Gives the Skia font for a face and size: the full files for layout and previews, subsets for the PDF.</summary>
internal interface IFontProvider
{
    SKFont Font(FontKey key, float size);

    /// <summary>Which face draws each character (the same for the full files and their subsets).</summary>
    FontFallback Fallback { get; }

    /// <summary>Places text with kerning (from the full files, also when drawing with subsets: glyph positions do not change).</summary>
    Text.TextShaper Shaper { get; }
}
