namespace Reporting.Workbooks.Markup;

/// <summary>A rectangle of cells from its top-left to its bottom-right corner, both included.</summary>
public readonly record struct CellRange(CellAddress First, CellAddress Last)
{
    public static CellRange Single(CellAddress address) => new(address, address);

    public bool IsSingleCell => First == Last;

    public bool Contains(CellAddress address) =>
        address.Column >= First.Column && address.Column <= Last.Column
        && address.Row >= First.Row && address.Row <= Last.Row;

    /// <summary>A1 notation, e.g. <c>A1:G13</c>, or <c>B5</c> for a single cell.</summary>
    public override string ToString() => IsSingleCell ? First.ToString() : $"{First}:{Last}";

    /// <summary>Absolute A1 notation, e.g. <c>$A$1:$G$13</c>.</summary>
    public string ToAbsolute() => IsSingleCell ? First.ToAbsolute() : $"{First.ToAbsolute()}:{Last.ToAbsolute()}";

    /// <summary>Parses <c>B5</c>, <c>$B$5</c> or <c>A1:G13</c>; corners given in any order are normalised.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellRange range)
    {
        range = default;
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            if (!CellAddress.TryParse(text, out var single))
            {
                return false;
            }

            range = Single(single);
            return true;
        }

        if (!CellAddress.TryParse(text[..colon], out var a) || !CellAddress.TryParse(text[(colon + 1)..], out var b))
        {
            return false;
        }

        range = new CellRange(
            new CellAddress(Math.Min(a.Column, b.Column), Math.Min(a.Row, b.Row)),
            new CellAddress(Math.Max(a.Column, b.Column), Math.Max(a.Row, b.Row)));
        return true;
    }
}
