using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Reporting.RunFormat;

namespace Reporting.Inputs;

/// <summary>
/// Streams the rows of a CSV input file, checking the header for the required columns.
/// Rows are read one at a time (a loan tape of a million rows never sits in memory as text).
/// </summary>
public static class CsvInput
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = true,
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
        DetectColumnCountChanges = false,
    };

    /// <summary>
    /// Reads <paramref name="text"/>, calling <paramref name="onRow"/> for each data row. The same
    /// <see cref="CsvRow"/> instance is reused between calls: copy what you keep. Errors go to
    /// <paramref name="errors"/>; a missing required column stops the file (no row can be read).
    /// </summary>
    /// <param name="displayName">The name used in messages, e.g. <c>fixings.csv</c>.</param>
    public static void Read(TextReader text, string displayName, IReadOnlyList<string> requiredColumns,
        InputErrors errors, Action<CsvRow> onRow) =>
        Read(text, displayName, requiredColumns, Array.Empty<string>(), errors, onRow);

    /// <summary>
    /// As <see cref="Read(TextReader, string, IReadOnlyList{string}, InputErrors, Action{CsvRow})"/>, with
    /// columns a file may have or leave out (<see cref="CsvRow.Has"/> tells which). Any other column
    /// in the header is an error located at its column: a column the loader does not know would
    /// otherwise be ignored, and a term it carries (a per-period ceiling, say) silently lost.
    /// </summary>
    public static void Read(TextReader text, string displayName, IReadOnlyList<string> requiredColumns,
        IReadOnlyList<string> optionalColumns, InputErrors errors, Action<CsvRow> onRow)
    {
        using var csv = new CsvParser(text, Configuration, leaveOpen: true);
        if (!csv.Read())
        {
            errors.Add(displayName, 1, 0, null, $"the file is empty (expected a header row with {string.Join(",", requiredColumns)})");
            return;
        }

        var header = ReadHeader(csv, displayName, requiredColumns, optionalColumns, errors);
        if (header is null) return;

        var row = new CsvRow(header, errors);
        while (csv.Read())
        {
            int count = csv.Count;
            if (count == 1 && csv[0].Length == 0) continue; // a blank line
            row.Reset(csv.RawRow, i => csv[i], count);
            if (count != header.FieldCount)
            {
                // More fields than the header usually means a thousands separator or an unquoted
                // comma; fewer means a truncated line. Either way the values cannot be trusted.
                errors.Add(displayName, row.Line, Math.Min(count, header.FieldCount) + 1, null,
                    $"the line has {count} fields but the header has {header.FieldCount} (a thousands separator or an unquoted comma?)");
                continue;
            }
            onRow(row);
        }
    }

    private static CsvHeader? ReadHeader(CsvParser csv, string file, IReadOnlyList<string> required,
        IReadOnlyList<string> optional, InputErrors errors)
    {
        var names = new string[csv.Count];
        for (int i = 0; i < names.Length; i++) names[i] = csv[i].Trim().TrimStart('\uFEFF');

        // Two columns of one name would leave it to chance which one is read.
        bool clean = true;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Contains('\0'))
            {
                errors.Add(file, 1, i + 1, null, "the header contains a NUL character (expected text; is this a binary file?)");
                clean = false;
                continue;
            }
            int first = Array.FindIndex(names, 0, i, n => n.Length > 0 && string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase));
            if (first >= 0)
            {
                errors.Add(file, 1, i + 1, $"column {names[i]}", $"the header names this column twice (first at column {first + 1}); each column must appear once");
                clean = false;
            }
        }

        var columns = new List<string>(required);
        var positions = new List<int>();
        bool complete = true;
        foreach (var column in required)
        {
            int position = IndexOf(names, column);
            positions.Add(position);
            if (position < 0)
            {
                errors.Add(file, 1, 0, $"column {column}",
                    $"required column is missing (the header must name {string.Join(",", required)}; found {string.Join(",", names)})");
                complete = false;
            }
        }
        foreach (var column in optional)
        {
            int position = IndexOf(names, column);
            if (position < 0) continue;
            columns.Add(column);
            positions.Add(position);
        }
        for (int i = 0; i < names.Length; i++)
        {
            if (positions.Contains(i) || names[i].Contains('\0') || IsDuplicate(names, i)) continue; // reported above
            var known = string.Join(",", required.Concat(optional));
            errors.Add(file, 1, i + 1, names[i].Length == 0 ? "column (unnamed)" : $"column {names[i]}",
                names[i].Length == 0
                    ? $"the header has an empty column name (expected the columns {known})"
                    : $"'{names[i]}' is not a column of this file (expected {known}); a column that is not understood is not ignored");
            complete = false;
        }
        return complete && clean ? new CsvHeader(file, columns, positions.ToArray(), names.Length) : null;
    }

    private static int IndexOf(string[] names, string column) =>
        Array.FindIndex(names, n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));

    private static bool IsDuplicate(string[] names, int index) =>
        Array.FindIndex(names, n => string.Equals(n, names[index], StringComparison.OrdinalIgnoreCase)) < index;
}
