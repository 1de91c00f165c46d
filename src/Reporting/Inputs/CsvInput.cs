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
        InputErrors errors, Action<CsvRow> onRow)
    {
        using var csv = new CsvParser(text, Configuration, leaveOpen: true);
        if (!csv.Read())
        {
            errors.Add(displayName, 1, 0, null, $"the file is empty (expected a header row with {string.Join(",", requiredColumns)})");
            return;
        }

        var header = ReadHeader(csv, displayName, requiredColumns, errors);
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

    private static CsvHeader? ReadHeader(CsvParser csv, string file, IReadOnlyList<string> required, InputErrors errors)
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

        var positions = new int[required.Count];
        bool complete = true;
        for (int slot = 0; slot < required.Count; slot++)
        {
            positions[slot] = Array.FindIndex(names, n => string.Equals(n, required[slot], StringComparison.OrdinalIgnoreCase));
            if (positions[slot] < 0)
            {
                errors.Add(file, 1, 0, $"column {required[slot]}",
                    $"required column is missing (the header must name {string.Join(",", required)}; found {string.Join(",", names)})");
                complete = false;
            }
        }
        return complete && clean ? new CsvHeader(file, required, positions, names.Length) : null;
    }
}
