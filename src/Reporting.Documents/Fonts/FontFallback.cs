using System.Text;
using SkiaSharp;

namespace Reporting.Documents.Fonts;

/// <summary>
/// Which face draws each character: the style's own face when it has the glyph, else the first
/// fallback file that has it (CJK, symbols, emoji). Decided from the full font files, so the layout
/// pass, the subsets and the drawing pass all split a text the same way. A character no face has
/// is refused earlier, by the markup parser (<see cref="CanDraw"/>), with the template position.
/// </summary>
internal sealed class FontFallback
{
    private readonly Func<FontKey, SKTypeface> _typeface;
    private readonly IReadOnlyList<FontKey> _fallbacks;
    // Concurrent: one fallback is shared by the renderers of a book run's parallel deals.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FontKey, Coverage> _coverage = new();

    public FontFallback(Func<FontKey, SKTypeface> typeface, IReadOnlyList<FontKey> fallbacks)
    {
        _typeface = typeface;
        _fallbacks = fallbacks;
    }

    /// <summary>The fallback faces, in the order they are tried.</summary>
    public IReadOnlyList<FontKey> Fallbacks => _fallbacks;

    /// <summary>Whether <paramref name="face"/> has every character of <paramref name="text"/>: the common case, a bit test per character.</summary>
    public bool Covers(FontKey face, string text)
    {
        var coverage = CoverageOf(face);
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || !coverage.HasBmp(c))
            {
                return CoversRunes(coverage, text);
            }
        }
        return true;
    }

    /// <summary>Whether some face can draw <paramref name="rune"/> in text styled with <paramref name="face"/>.</summary>
    public bool CanDraw(FontKey face, Rune rune) => IsInvisible(rune) || FaceFor(face, rune) is not null;

    /// <summary>
    /// The text cut into pieces, each drawn in one face. Invisible format characters (joiners,
    /// variation selectors) that no face maps are left out: they have no glyph to draw.
    /// </summary>
    /// <exception cref="InvalidOperationException">A character no face has (the parser refuses such text first).</exception>
    public IReadOnlyList<(FontKey Face, string Text)> Split(FontKey face, string text)
    {
        var pieces = new List<(FontKey Face, string Text)>();
        var current = new StringBuilder();
        FontKey? currentFace = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var found = FaceFor(face, rune);
            if (found is null)
            {
                if (IsInvisible(rune)) continue;
                throw new InvalidOperationException($"No font has the character U+{rune.Value:X4}.");
            }
            if (currentFace is { } open && open != found.Value)
            {
                pieces.Add((open, current.ToString()));
                current.Clear();
            }
            currentFace = found;
            current.Append(rune.ToString());
        }
        if (currentFace is { } last)
        {
            pieces.Add((last, current.ToString()));
        }
        return pieces;
    }

    private FontKey? FaceFor(FontKey face, Rune rune)
    {
        if (CoverageOf(face).Has(rune.Value)) return face;
        foreach (var fallback in _fallbacks)
        {
            if (CoverageOf(fallback).Has(rune.Value)) return fallback;
        }
        return null;
    }

    private static bool CoversRunes(Coverage coverage, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!coverage.Has(rune.Value)) return false;
        }
        return true;
    }

    /// <summary>Default-ignorable format characters: drawn as nothing when no font maps them.</summary>
    private static bool IsInvisible(Rune rune) =>
        rune.Value is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    private Coverage CoverageOf(FontKey face)
    {
        return _coverage.GetOrAdd(face, key => new Coverage(_typeface(key)));
    }

    /// <summary>A face's character map: a bit per Basic Multilingual Plane character, asked once; the rest on demand.</summary>
    private sealed class Coverage
    {
        private readonly SKTypeface _typeface;
        private readonly ulong[] _bmp = new ulong[65536 / 64];
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _supplementary = new();

        public Coverage(SKTypeface typeface)
        {
            _typeface = typeface;
            var codepoints = Enumerable.Range(0, 65536).ToArray();
            var glyphs = typeface.GetGlyphs(codepoints);
            for (var c = 0; c < glyphs.Length; c++)
            {
                // Surrogate code units are not characters; a font that maps them is not trusted for them.
                if (glyphs[c] != 0 && !char.IsSurrogate((char)c))
                {
                    _bmp[c >> 6] |= 1UL << (c & 63);
                }
            }
        }

        public bool HasBmp(char c) => (_bmp[c >> 6] & (1UL << (c & 63))) != 0;

        public bool Has(int codepoint)
        {
            if (codepoint < 65536) return HasBmp((char)codepoint);
            return _supplementary.GetOrAdd(codepoint, c => _typeface.GetGlyph(c) != 0);
        }
    }
}
