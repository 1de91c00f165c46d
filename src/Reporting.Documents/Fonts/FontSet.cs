using System.Security.Cryptography;
using SkiaSharp;

namespace Reporting.Documents.Fonts;

/// <summary>
/// The typefaces a document is drawn with, loaded by file (never by family lookup, so every machine
/// draws with the same bytes) and hashed for a run manifest. Create one and reuse it across documents:
/// loading and hashing happen once. Not thread-safe; use one per thread.
/// </summary>
public sealed class FontSet : IFontProvider, IDisposable
{
    /// <summary>Where <c>fonts-dejavu-core</c> installs its files.</summary>
    public const string DejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

    private static readonly IReadOnlyDictionary<FontFamily, string[]> DejaVuFiles = new Dictionary<FontFamily, string[]>
    {
        // regular, bold, italic, bold italic
        [FontFamily.Sans] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"],
        [FontFamily.Serif] = ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"],
        [FontFamily.Condensed] = ["DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"],
        [FontFamily.Mono] = ["DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"],
    };

    /// <summary>
    /// Files tried, in this order, for a character the style's own face lacks (Debian's
    /// <c>fonts-noto-core</c>, <c>fonts-noto-cjk</c> and <c>fonts-noto-color-emoji</c>). Named by file,
    /// like the DejaVu faces, so every machine with these packages draws with the same bytes; a missing
    /// file is skipped, and text that then has no font is refused with its template position.
    /// </summary>
    public static readonly IReadOnlyList<string> NotoFallbacks =
    [
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    ];

    private readonly IReadOnlyDictionary<FontKey, string> _paths;
    private readonly Dictionary<FontKey, FontFile> _hashed = new();
    private readonly Dictionary<FontKey, byte[]> _data = new();
    private readonly Dictionary<FontKey, SKTypeface> _typefaces = new();
    private readonly Dictionary<(FontKey Key, float Size), SKFont> _fonts = new();
    private IReadOnlyList<FontFile>? _files;
    private Text.TextShaper? _shaper;

    private FontSet(IReadOnlyDictionary<FontKey, string> paths, IReadOnlyList<FontKey> fallbacks)
    {
        _paths = paths;
        Fallback = new FontFallback(Typeface, fallbacks);
    }

    /// <summary>
    /// The DejaVu families from <paramref name="directory"/> (default <see cref="DejaVuDirectory"/>), with
    /// the <paramref name="fallbackFiles"/> that exist (default <see cref="NotoFallbacks"/>) for characters they lack.
    /// </summary>
    public static FontSet DejaVu(string directory = DejaVuDirectory, IReadOnlyList<string>? fallbackFiles = null)
    {
        var paths = new Dictionary<FontKey, string>();
        foreach (var (family, names) in DejaVuFiles)
        {
            for (var style = 0; style < 4; style++)
            {
                var key = new FontKey(family, Bold: (style & 1) == 1, Italic: (style & 2) == 2);
                paths[key] = Path.Combine(directory, names[style]);
            }
        }
        var regular = paths[FontKey.SansRegular];
        if (!System.IO.File.Exists(regular))
        {
            throw new FileNotFoundException($"Font file not found: {regular} (install fonts-dejavu-core).", regular);
        }
        var fallbacks = new List<FontKey>();
        foreach (var file in (fallbackFiles ?? NotoFallbacks).Where(System.IO.File.Exists))
        {
            var key = FontKey.FallbackFace(fallbacks.Count + 1);
            paths[key] = file;
            fallbacks.Add(key);
        }
        return new FontSet(paths, fallbacks);
    }

    /// <summary>Which face draws each character of a text.</summary>
    internal FontFallback Fallback { get; }

    FontFallback IFontProvider.Fallback => Fallback;

    /// <summary>Every font file this set can draw with, with its SHA-256; sorted for a stable manifest.</summary>
    public IReadOnlyList<FontFile> Files => _files ??= _paths
        .Where(p => System.IO.File.Exists(p.Value))
        .OrderBy(p => p.Value, StringComparer.Ordinal)
        .Select(p => File(p.Key))
        .ToList();

    /// <summary>The file behind a face, with its hash (computed once, and only for faces asked for: fallback files are large).</summary>
    public FontFile File(FontKey key)
    {
        if (!_hashed.TryGetValue(key, out var file))
        {
            file = new FontFile(key, _paths[key], Convert.ToHexStringLower(SHA256.HashData(Data(key))));
            _hashed.Add(key, file);
        }
        return file;
    }

    SKFont IFontProvider.Font(FontKey key, float size) => Font(key, size);

    /// <summary>Kerned placement of text, shaped from the full files and shared with this set's subsets.</summary>
    internal Text.TextShaper Shaper => _shaper ??= new Text.TextShaper(Data);

    Text.TextShaper IFontProvider.Shaper => Shaper;

    internal SKFont Font(FontKey key, float size)
    {
        if (!_fonts.TryGetValue((key, size), out var font))
        {
            // Unhinted, subpixel, linear metrics: widths stay fractional and identical in PDF and PNG.
            font = new SKFont(Typeface(key), size)
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

    internal SKTypeface Typeface(FontKey key)
    {
        if (!_typefaces.TryGetValue(key, out var typeface))
        {
            typeface = SKTypeface.FromData(SKData.CreateCopy(Data(key)))
                ?? throw new InvalidOperationException($"Skia could not load the font {_paths[key]}.");
            _typefaces.Add(key, typeface);
        }
        return typeface;
    }

    /// <summary>A set holding, for each face used, only the characters used: what the PDF embeds.</summary>
    internal SubsetFonts Subset(GlyphUsage usage)
    {
        var subsets = new Dictionary<FontKey, SKTypeface>();
        foreach (var face in usage.Faces)
        {
            var bytes = FontSubsetter.Subset(Data(face), usage.Codepoints(face));
            subsets[face] = SKTypeface.FromData(SKData.CreateCopy(bytes))
                ?? throw new InvalidOperationException($"Skia could not load the subset of {_paths[face]}.");
        }
        return new SubsetFonts(subsets, Fallback, Shaper);
    }

    private byte[] Data(FontKey key)
    {
        if (!_data.TryGetValue(key, out var data))
        {
            var path = _paths[key];
            if (!System.IO.File.Exists(path))
            {
                throw new FileNotFoundException($"Font file not found: {path}.", path);
            }
            data = System.IO.File.ReadAllBytes(path);
            _data.Add(key, data);
        }
        return data;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
        _shaper?.Dispose();
        _shaper = null;
        _fonts.Clear();
        _typefaces.Clear();
    }
}
