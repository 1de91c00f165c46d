namespace Reporting.Documents.Fonts;

/// <summary>The characters drawn in each face during the first layout pass: what each subset must keep.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<FontKey, CodepointSet> _byFace = new();

    public IEnumerable<FontKey> Faces => _byFace.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal);

    /// <summary>The face's characters in ascending order.</summary>
    public IReadOnlyCollection<int> Codepoints(FontKey face) => _byFace[face].ToSortedList();

    private FontKey _lastFace;
    private string? _lastText;
    private CodepointSet? _lastSet;

    public void Add(FontKey face, string text)
    {
        // Tables repeat the same strings (dates, labels) over and over.
        if (ReferenceEquals(text, _lastText) && face == _lastFace)
        {
            return;
        }
        if (_lastSet is null || face != _lastFace)
        {
            if (!_byFace.TryGetValue(face, out _lastSet))
            {
                _lastSet = new CodepointSet();
                // Digits are always kept: "Page N of M" is drawn with totals the first pass cannot know.
                _lastSet.Add("0123456789 ");
                _byFace.Add(face, _lastSet);
            }
        }
        _lastFace = face;
        _lastText = text;
        _lastSet.Add(text);
    }

    /// <summary>
    /// A bit per Basic Multilingual Plane character (what documents use), a hash set for the rest:
    /// every drawn string passes through here, so adding a character must be a bit operation.
    /// </summary>
    private sealed class CodepointSet
    {
        private readonly ulong[] _bmp = new ulong[65536 / 64];
        private readonly HashSet<int> _supplementary = [];

        public void Add(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsSurrogate(c))
                {
                    _bmp[c >> 6] |= 1UL << (c & 63);
                }
                else
                {
                    AddRunes(text);
                    return;
                }
            }
        }

        // Rare: text with surrogate pairs is re-read rune by rune (BMP characters are set again, harmlessly).
        private void AddRunes(string text)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (rune.IsBmp)
                {
                    _bmp[rune.Value >> 6] |= 1UL << (rune.Value & 63);
                }
                else
                {
                    _supplementary.Add(rune.Value);
                }
            }
        }

        public List<int> ToSortedList()
        {
            var result = new List<int>();
            for (var word = 0; word < _bmp.Length; word++)
            {
                var bits = _bmp[word];
                while (bits != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    result.Add(word * 64 + bit);
                    bits &= bits - 1;
                }
            }
            result.AddRange(_supplementary.Order());
            return result;
        }
    }
}
