using NodaTime;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Cap;

/// <summary>Loads <c>fixings.csv</c> (INPUTS.md): published rates by index and fixing date.</summary>
public static class FixingsCsv
{
    private static readonly string[] Columns = { "index", "fixing_date", "rate_percent" };

    /// <param name="indexes">The indexes the terms name; a row of any other index is an error (a typo would otherwise hide a fixing).</param>
    public static FixingSeries Read(TextReader text, string displayName, InputErrors errors, IReadOnlyCollection<string>? indexes = null)
    {
        var fixings = new Dictionary<(string, LocalDate), Fixing>();
        var firstLine = new Dictionary<(string, LocalDate), int>();
        CsvInput.Read(text, displayName, Columns, errors, row =>
        {
            var index = row.RequiredText("index");
            var date = row.Date("fixing_date");
            var rate = row.Decimal("rate_percent");
            if (row.HasErrors) return;
            if (indexes is not null && index.Length > 0 && !indexes.Contains(index, StringComparer.OrdinalIgnoreCase))
            {
                row.Error("index", $"'{index}' is not an index the terms name (expected {string.Join(" or ", indexes)})");
                return;
            }
            var key = (index.ToUpperInvariant(), date);
            if (firstLine.TryGetValue(key, out var earlier))
            {
                row.Error("fixing_date", $"{index} already has a fixing on {date:yyyy-MM-dd} (line {earlier})");
                return;
            }
            firstLine[key] = row.Line;
            fixings[key] = new Fixing(index, date, rate);
        });
        return new FixingSeries(fixings);
    }
}
