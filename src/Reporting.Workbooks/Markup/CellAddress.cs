namespace Reporting.Workbooks.Markup;

/// <summary>
/// A cell position on a sheet: 1-based column (A = 1) and 1-based row, as Excel numbers them.
/// </summary>
public readonly record struct CellAddress(int Column, int Row) : IComparable<CellAddress>
{
    public const int MaxColumn = 16_384; // XFD
    public const int MaxRow = 1_048_576;

    /// <summary>The address in A1 notation, e.g. <c>C12</c>.</summary>
    public override string ToString() => ColumnName(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The address with both parts fixed, e.g. <c>$C$12</c>.</summary>
    public string ToAbsolute() => "$" + ColumnName(Column) + "$" + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Row-major order: the order cells must appear in a worksheet file.</summary>
    public int CompareTo(CellAddress other) =>
        Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    public static string ColumnName(int column)
    {
        if (column < 1 || column > MaxColumn)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Excel columns run from 1 (A) to 16384 (XFD).");
        }

        var letters = new Stack<char>();
        for (var remaining = column; remaining > 0; remaining = (remaining - 1) / 26)
        {
            letters.Push((char)('A' + (remaining - 1) % 26));
        }

        return new string(letters.ToArray());
    }

    /// <summary>Parses column letters (<c>A</c>..<c>XFD</c>, case-insensitive, optional <c>$</c>).</summary>
    public static bool TryParseColumn(ReadOnlySpan<char> text, out int column)
    {
        column = 0;
        if (text.Length > 0 && text[0] == '$')
        {
            text = text[1..];
        }

        if (text.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var letter in text)
        {
            var upper = char.ToUpperInvariant(letter);
            if (upper is < 'A' or > 'Z')
            {
                return false;
            }

            column = column * 26 + (upper - 'A' + 1);
        }

        return column <= MaxColumn;
    }

    /// <summary>Parses an A1 reference such as <c>B5</c> or <c>$B$5</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellAddress address)
    {
        address = default;
        var digitsStart = 0;
        while (digitsStart < text.Length && !char.IsAsciiDigit(text[digitsStart]))
        {
            digitsStart++;
        }

        var columnPart = text[..digitsStart];
        var rowPart = text[digitsStart..];
        if (rowPart.Length > 0 && rowPart[0] == '$')
        {
            return false;
        }

        if (columnPart.Length > 1 && columnPart[^1] == '$')
        {
            columnPart = columnPart[..^1];
        }

        if (!TryParseColumn(columnPart, out var column)
            || rowPart.Length is 0 or > 7
            || rowPart[0] == '0')
        {
            return false;
        }

        foreach (var digit in rowPart)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }
        }

        var row = int.Parse(rowPart, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (row > MaxRow)
        {
            return false;
        }

        address = new CellAddress(column, row);
        return true;
    }
}
