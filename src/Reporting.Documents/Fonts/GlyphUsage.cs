namespace Reporting.Documents.Fonts;

/// <summary>The characters drawn in each face during the first layout pass: what each subset must keep.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FontKey, SortedSet<int>> _byFace = new();

    public IEnumerable<FontKey> Faces => _byFace.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal);

    public IReadOnlyCollection<int> Codepoints(FontKey face) => _byFace[face];

    private FontKey _lastFace;
    private string? _lastText;

    public void Add(FontKey face, string text)
    {
        // Tables repeat the same strings (dates, labels) over and over.
        if (ReferenceEquals(text, _lastText) && face == _lastFace)
        {
            return;
        }
        _lastFace = face;
        _lastText = text;
        if (!_byFace.TryGetValue(face, out var set))
        {
            // Digits are always kept: "Page N of M" is drawn with totals the first pass cannot know.
            set = new SortedSet<int>("0123456789 ".Select(c => (int)c));
            _byFace.Add(face, set);
        }
        foreach (var rune in text.EnumerateRunes())
        {
            set.Add(rune.Value);
        }
    }
}
