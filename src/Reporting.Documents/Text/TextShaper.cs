using System.Runtime.InteropServices;
using Reporting.Documents.Fonts;
using HbBlob = HarfBuzzSharp.Blob;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFace = HarfBuzzSharp.Face;
using HbFeature = HarfBuzzSharp.Feature;
using HbFont = HarfBuzzSharp.Font;

namespace Reporting.Documents.Text;

/// <summary>
/// Places text with HarfBuzz from the full font files: glyph advances and the pair kerning of the
/// font's GPOS table, so "AV", "To" and "7," sit as the type designer spaced them. Measuring and
/// drawing both go through here, so what is measured is what is drawn.
/// </summary>
/// <remarks>
/// Ligatures are switched off on purpose: with one glyph per character, the PDF's ToUnicode map (which
/// Skia builds from the font's character map) gives the text back exactly, and the subset, cut by
/// characters, holds every glyph drawn. A string HarfBuzz does not shape one glyph per character
/// (combining marks, say) is left unshaped (<see cref="Shape"/> returns null) and drawn as before.
/// Safe to call from several threads, though its <see cref="FontSet"/> is meant for one.
/// </remarks>
internal sealed class TextShaper(Func<FontKey, byte[]> fontData) : IDisposable
{
    /// <summary>Kerning stays on (HarfBuzz's default); ligatures go, for the reason above.</summary>
    private static readonly HbFeature[] Features =
        [HbFeature.Parse("-liga"), HbFeature.Parse("-clig"), HbFeature.Parse("-dlig"), HbFeature.Parse("-hlig")];

    /// <summary>Tables repeat the same strings; the cache is cleared when it grows past this many.</summary>
    private const int CacheLimit = 200_000;

    private readonly Dictionary<FontKey, Face> _faces = new();
    private readonly Dictionary<(FontKey Face, string Text), ShapedText?> _cache = new();
    private readonly HbBuffer _buffer = new();

    /// <summary>The placement of <paramref name="text"/> in <paramref name="face"/>, or null when it cannot be one glyph per character.</summary>
    public ShapedText? Shape(FontKey face, string text)
    {
        // One buffer and one cache: a lock keeps a set shared by mistake across threads correct (uncontended, it is cheap).
        lock (_buffer)
        {
            if (_cache.TryGetValue((face, text), out var found))
            {
                return found;
            }
            if (_cache.Count >= CacheLimit)
            {
                _cache.Clear();
            }
            var shaped = ShapeUncached(FaceFor(face), text);
            _cache.Add((face, text), shaped);
            return shaped;
        }
    }

    private ShapedText? ShapeUncached(Face face, string text)
    {
        _buffer.ClearContents();
        _buffer.AddUtf16(text);
        // Fixed properties, not guessed ones: documents are left-to-right Latin text, and guessing per
        // string could shape the same word differently in two places.
        _buffer.Direction = HarfBuzzSharp.Direction.LeftToRight;
        _buffer.Script = HarfBuzzSharp.Script.Latin;
        _buffer.Language = English;
        face.Font.Shape(_buffer, Features);

        var infos = _buffer.GetGlyphInfoSpan();
        var positions = _buffer.GetGlyphPositionSpan();
        var runes = CountRunes(text);
        if (infos.Length != runes)
        {
            return null;
        }
        var result = new float[runes];
        var pen = 0;
        var kerned = false;
        var previousCluster = -1;
        for (var i = 0; i < infos.Length; i++)
        {
            // One glyph per character, in order: each glyph's cluster is a new, increasing text index.
            var cluster = (int)infos[i].Cluster;
            if (cluster <= previousCluster)
            {
                return null;
            }
            previousCluster = cluster;
            result[i] = (pen + positions[i].XOffset) / (float)face.UnitsPerEm;
            kerned |= positions[i].XOffset != 0 || positions[i].XAdvance != face.Font.GetHorizontalGlyphAdvance(infos[i].Codepoint);
            pen += positions[i].XAdvance;
        }
        return new ShapedText(result, pen / (float)face.UnitsPerEm, kerned);
    }

    private static readonly HarfBuzzSharp.Language English = new("en");

    private static int CountRunes(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                count++;
                continue;
            }
            count++;
            i++;
        }
        return count;
    }

    private Face FaceFor(FontKey key)
    {
        if (!_faces.TryGetValue(key, out var face))
        {
            face = new Face(fontData(key));
            _faces.Add(key, face);
        }
        return face;
    }

    public void Dispose()
    {
        foreach (var face in _faces.Values) face.Dispose();
        _faces.Clear();
        _buffer.Dispose();
    }

    /// <summary>A HarfBuzz font over a copy of the file's bytes in native memory, at one unit per font unit.</summary>
    private sealed class Face : IDisposable
    {
        private readonly IntPtr _memory;
        private readonly HbBlob _blob;
        private readonly HbFace _face;

        public Face(byte[] data)
        {
            _memory = Marshal.AllocHGlobal(data.Length);
            Marshal.Copy(data, 0, _memory, data.Length);
            _blob = new HbBlob(_memory, data.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
            _face = new HbFace(_blob, 0);
            UnitsPerEm = _face.UnitsPerEm;
            Font = new HbFont(_face);
            Font.SetFunctionsOpenType();
            // Positions in font units: divided by units per em they are ems, exact at every size.
            Font.SetScale(UnitsPerEm, UnitsPerEm);
        }

        public HbFont Font { get; }

        public int UnitsPerEm { get; }

        public void Dispose()
        {
            Font.Dispose();
            _face.Dispose();
            _blob.Dispose();
            Marshal.FreeHGlobal(_memory);
        }
    }
}
