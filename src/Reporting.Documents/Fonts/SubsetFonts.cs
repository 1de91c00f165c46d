using SkiaSharp;

namespace Reporting.Documents.Fonts;

/// <summary>Typefaces cut down to one document's characters; metrics are those of the full files.</summary>
internal sealed class SubsetFonts(IReadOnlyDictionary<FontKey, SKTypeface> typefaces, FontFallback fallback, Text.TextShaper shaper) : IFontProvider, IDisposable
{
    public FontFallback Fallback => fallback;

    public Text.TextShaper Shaper => shaper;

    private readonly Dictionary<(FontKey Key, float Size), SKFont> _fonts = new();

    public SKFont Font(FontKey key, float size)
    {
        if (!_fonts.TryGetValue((key, size), out var font))
        {
            if (!typefaces.TryGetValue(key, out var typeface))
            {
                throw new InvalidOperationException($"The face {key} was not seen in the first layout pass.");
            }
            font = new SKFont(typeface, size)
            {
                LinearMetrics = true,
                Subpixel = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            _fonts.Add((key, size), font);
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var typeface in typefaces.Values) typeface.Dispose();
    }
}
