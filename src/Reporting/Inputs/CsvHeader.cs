namespace Reporting.Inputs;

/// <summary>
/// The header of a CSV input: maps the columns a loader reads (required ones, and the optional
/// ones the file has) to their position in the file. Column order is free; a column the loader
/// does not know is an error, so a misspelt or unsupported column is never silently ignored.
/// </summary>
internal sealed class CsvHeader
{
    private readonly IReadOnlyList<string> columns;
    private readonly int[] positions;

    public CsvHeader(string file, IReadOnlyList<string> columns, int[] positions, int fieldCount)
    {
        File = file;
        FieldCount = fieldCount;
        this.columns = columns;
        this.positions = positions;
    }

    public string File { get; }

    /// <summary>How many fields the header row has; every data row must have as many.</summary>
    public int FieldCount { get; }

    public int Count => columns.Count;

    /// <summary>True when the file has the column (always, for a required one).</summary>
    public bool Has(string column) => Find(column) >= 0;

    /// <summary>The slot of a column in a row's field array.</summary>
    public int Slot(string column)
    {
        int slot = Find(column);
        if (slot >= 0) return slot;
        throw new ArgumentException($"Column '{column}' was not declared for {File}, or the file does not have it.", nameof(column));
    }

    /// <summary>The 0-based position in the file of the column in slot <paramref name="slot"/>.</summary>
    public int IndexOfPosition(int slot) => positions[slot];

    /// <summary>1-based column number in the file, for error messages.</summary>
    public int ColumnNumber(string column) => positions[Slot(column)] + 1;

    private int Find(string column)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (ReferenceEquals(columns[i], column) || columns[i] == column) return i;
        }
        return -1;
    }
}
