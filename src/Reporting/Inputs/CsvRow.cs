using NodaTime;
using Reporting.RunFormat;

namespace Reporting.Inputs;

/// <summary>
/// One data row of a CSV input, with typed accessors that record an error (file, line,
/// column, what was expected) instead of throwing, so a whole file is checked in one pass.
/// </summary>
/// <remarks>
/// Accessors return a default value after recording an error; a loader checks
/// <see cref="HasErrors"/> before building its record from the row.
/// </remarks>
public sealed class CsvRow
{
    private readonly string[] fields;
    private readonly CsvHeader header;
    private readonly InputErrors errors;
    private int errorCountAtStart;

    internal CsvRow(CsvHeader header, InputErrors errors)
    {
        this.header = header;
        this.errors = errors;
        fields = new string[header.Count];
    }

    public string File => header.File;

    /// <summary>1-based line of the row in the file.</summary>
    public int Line { get; private set; }

    /// <summary>True when an accessor recorded an error for this row.</summary>
    public bool HasErrors => errors.Count > errorCountAtStart;

    internal void Reset(int line, Func<int, string> fieldAt, int fieldCount)
    {
        Line = line;
        errorCountAtStart = errors.Count;
        for (int i = 0; i < fields.Length; i++)
        {
            int index = header.IndexOfPosition(i);
            fields[i] = index < fieldCount ? fieldAt(index).Trim() : string.Empty;
            if (fields[i].Contains('\0'))
            {
                errors.Add(header.File, line, index + 1, null, "contains a NUL character (expected text; is this a binary file?)");
                fields[i] = string.Empty;
            }
        }
    }

    /// <summary>True when the file has the column: always for a required column; for an optional one, when its header names it.</summary>
    public bool Has(string column) => header.Has(column);

    /// <summary>The raw trimmed text of a column.</summary>
    public string Text(string column) => fields[header.Slot(column)];

    public string RequiredText(string column)
    {
        var text = Text(column);
        if (text.Length == 0) Error(column, "a value is required");
        return text;
    }

    public LocalDate Date(string column)
    {
        var text = Text(column);
        if (ValueParsers.TryParseDate(text, out var date)) return InRange(column, text, date);
        Error(column, text.Length == 0 ? "a date (yyyy-mm-dd) is required" : $"'{text}' is not a date (expected yyyy-mm-dd)");
        return default;
    }

    public LocalDate? OptionalDate(string column)
    {
        var text = Text(column);
        if (text.Length == 0) return null;
        if (ValueParsers.TryParseDate(text, out var date)) return InRange(column, text, date);
        Error(column, $"'{text}' is not a date (expected yyyy-mm-dd or empty)");
        return null;
    }

    public decimal Decimal(string column)
    {
        var text = Text(column);
        if (ValueParsers.TryParseDecimal(text, out var value))
        {
            if (SupportedRange.Contains(value)) return value;
            Error(column, SupportedRange.AmountProblem(text));
            return 0m;
        }
        Error(column, text.Length == 0
            ? "a number is required"
            : $"'{text}' is not a number (expected digits with '.' as decimal point, no thousands separators)");
        return 0m;
    }

    private LocalDate InRange(string column, string text, LocalDate date)
    {
        if (SupportedRange.Contains(date)) return date;
        Error(column, SupportedRange.DateProblem(text));
        return default;
    }

    /// <summary>A number, or null when the file has no such column or the cell is empty.</summary>
    public decimal? OptionalDecimal(string column)
    {
        if (!Has(column)) return null;
        var text = Text(column);
        if (text.Length == 0) return null;
        if (ValueParsers.TryParseDecimal(text, out var value))
        {
            if (SupportedRange.Contains(value)) return value;
            Error(column, SupportedRange.AmountProblem(text));
            return null;
        }
        Error(column, $"'{text}' is not a number (expected digits with '.' as decimal point, no thousands separators, or an empty cell)");
        return null;
    }

    /// <summary>A number that must not be negative (amounts, balances, rates).</summary>
    public decimal NonNegativeDecimal(string column)
    {
        var value = Decimal(column);
        if (value < 0) Error(column, $"'{Text(column)}' is negative (expected zero or more)");
        return value;
    }

    /// <summary>One of a fixed set of words, compared without regard to case.</summary>
    public string Choice(string column, IReadOnlyCollection<string> allowed)
    {
        var text = Text(column);
        foreach (var option in allowed)
        {
            if (string.Equals(option, text, StringComparison.OrdinalIgnoreCase)) return option;
        }
        Error(column, $"'{text}' is not one of {string.Join(", ", allowed)}");
        return text;
    }

    /// <summary>1-based column number of a required column in the file, for errors found after the row was read.</summary>
    public int ColumnNumber(string column) => header.ColumnNumber(column);

    /// <summary>Records an error located at this row and the given column.</summary>
    public void Error(string column, string message) =>
        errors.Add(header.File, Line, header.ColumnNumber(column), $"column {column}", message);
}
