namespace Reporting.Inputs;

/// <summary>
/// The header of a CSV input: maps the columns a loader asks for to their position in the
/// file. Column order is free and extra columns are ignored (INPUTS.md).
/// </summary>
internal sealed class CsvHeader
{
    private readonly IReadOnlyList<string> required;
    private readonly int[] positions;

    public CsvHeader(string file, IReadOnlyList<string> required, int[] positions, int fieldCount)
    {
        File = file;
        FieldCount = fieldCount;
        this.required = required;
        this.positions = positions;
    }

    public string File { get; }

    /// <summary>How many fields the header row has; every data row must have as many.</summary>
    public int FieldCount { get; }

    public int Count => required.Count;

    /// <summary>The slot of a required column in a row's field array.</summary>
    public int Slot(string column)
    {
        for (int i = 0; i < required.Count; i++)
        {
            if (ReferenceEquals(required[i], column) || required[i] == column) return i;
        }
        throw new ArgumentException($"Column '{column}' was not declared as required for {File}.", nameof(column));
    }

    /// <summary>The 0-based position in the file of the column in slot <paramref name="slot"/>.</summary>
    public int IndexOfPosition(int slot) => positions[slot];

    /// <summary>1-based column number in the file, for error messages.</summary>
    public int ColumnNumber(string column) => positions[Slot(column)] + 1;
}
