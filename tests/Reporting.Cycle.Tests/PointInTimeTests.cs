using System.Globalization;
using NodaTime;
using Reporting.Cycle;
using Reporting.Testing;

namespace Reporting.Tests.Cycle;

/// <summary>
/// A document knows only what was known on its date. For every document of every month each
/// sample deal has data for: copy the deal folder, remove from it every input fact dated after
/// the document's date (the rows of every dated CSV: rating actions, steps taken, marks,
/// holdings, transfers, fixings, loan tape rows, purchases), run the month again, and the
/// document must still be there with the same content. The content compared is the model its
/// template renders (every word and figure it prints comes from it, through the same templates),
/// which keeps the whole property to one in-process run per document date.
/// </summary>
public sealed class PointInTimeTests
{
    /// <summary>The column that dates each row of a dated input, by the column's name in the header.</summary>
    private static readonly string[] _dateColumns = ["date", "effective_date", "valuation_date", "fixing_date", "report_date", "purchase_date"];

    /// <summary>Inputs that are terms, not facts of a day: Schedule I is part of the confirmation.</summary>
    private static readonly string[] _undatedFiles = ["schedule.csv"];

    /// <summary>
    /// Files the loader refuses with only their header (a ratings history, a loan tape): a month
    /// is tested from the first month that begins after the first row of each.
    /// </summary>
    private static readonly string[] _neverEmpty = ["ratings.csv", "loans.csv"];

    public static TheoryData<string> Deals() => new(Directory.GetDirectories(Repo.Path("deals")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Deals))]
    public void EveryDocumentIsUnchangedWhenEveryFactDatedAfterItIsRemoved(string dealId)
    {
        var deal = Repo.Deal(dealId);
        var failures = new List<string>();
        int documents = 0;
        using var scratch = new TemporaryFolder();
        foreach (var month in MonthsWithData(deal))
        {
            var outputs = MonthlyCycle.Plan(MonthlyCycle.Prepare(Request(deal, month, scratch)));
            foreach (var dated in outputs.GroupBy(o => o.DocumentDate))
            {
                var truncated = scratch.Combine($"{dealId}-{dated.Key:yyyy-MM-dd}");
                if (!Directory.Exists(truncated)) WithoutFactsAfter(deal, truncated, dated.Key);
                var known = MonthlyCycle.Plan(MonthlyCycle.Prepare(Request(truncated, month, scratch))).ToDictionary(o => o.RelativePath);
                foreach (var output in dated)
                {
                    documents++;
                    if (!known.TryGetValue(output.RelativePath, out var again))
                    {
                        failures.Add($"{month:yyyy-MM} {output.RelativePath} (dated {dated.Key:yyyy-MM-dd}) is not produced without the facts dated after it");
                        continue;
                    }
                    var (before, after) = (output.Model.GetRawText(), again.Model.GetRawText());
                    if (before != after) failures.Add($"{month:yyyy-MM} {output.RelativePath} (dated {dated.Key:yyyy-MM-dd}) changes without the facts dated after it: {FirstDifference(before, after)}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // Every sample deal has documents in the months tested (the property is not vacuous).
        Assert.True(documents > 0, $"{dealId}: no document in the months tested");
    }

    [Fact]
    public void TheDowngradeScenarioIsTestedInEveryMonthItProducesDocuments()
    {
        // The confirmation of 30 August 2006 is its first document, the last collateral of March 2008 its last facts.
        var months = MonthsWithData(Repo.Deal("gmacm-2006-he3-downgrade")).ToArray();
        // Fixings from June 2006, but the ratings history (which may not be empty) from 1 August 2006.
        Assert.Equal(new YearMonth(2006, 8), months[0]);
        Assert.Equal(new YearMonth(2008, 6), months[^1]); // the last fixing
    }

    /// <summary>
    /// From the month of the deal's first dated fact (or the first month beginning after the first
    /// row of a file that may not be empty) to the month of its last.
    /// </summary>
    private static IEnumerable<YearMonth> MonthsWithData(string deal)
    {
        LocalDate? first = null, last = null;
        var start = new YearMonth(1, 1);
        foreach (var file in Directory.GetFiles(deal, "*.csv"))
        {
            var dates = DatedRows(file).Select(r => r.Date).ToArray();
            if (dates.Length == 0) continue;
            var (min, max) = (dates.Min(), dates.Max());
            first = first is { } f && f < min ? f : min;
            last = last is { } l && l > max ? l : max;
            if (_neverEmpty.Contains(Path.GetFileName(file)))
            {
                var after = min.Day == 1 ? min.ToYearMonth() : min.ToYearMonth().PlusMonths(1);
                if (after.CompareTo(start) > 0) start = after;
            }
        }
        if (first is null) yield break;
        var from = first.Value.ToYearMonth().CompareTo(start) > 0 ? first.Value.ToYearMonth() : start;
        for (var month = from; month.CompareTo(last!.Value.ToYearMonth()) <= 0; month = month.PlusMonths(1)) yield return month;
    }

    /// <summary>A copy of the deal folder with every row of every dated CSV dated after <paramref name="date"/> removed.</summary>
    private static void WithoutFactsAfter(string deal, string copy, LocalDate date)
    {
        Folders.Copy(deal, copy);
        foreach (var file in Directory.GetFiles(copy, "*.csv"))
        {
            if (_undatedFiles.Contains(Path.GetFileName(file))) continue;
            var lines = File.ReadAllLines(file);
            var kept = DatedRows(file).Where(r => r.Date <= date).Select(r => lines[r.Line]).ToArray();
            File.WriteAllLines(file, kept.Prepend(lines[0]));
        }
    }

    /// <summary>Each data row of a dated CSV with its date; a CSV with no known date column fails the test (a new input must be dated here).</summary>
    private static IEnumerable<(int Line, LocalDate Date)> DatedRows(string file)
    {
        if (_undatedFiles.Contains(Path.GetFileName(file))) yield break;
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int column = Array.FindIndex(header, c => _dateColumns.Contains(c.Trim()));
        Assert.True(column >= 0, $"{file}: no date column ({string.Join(", ", _dateColumns)}) in its header; name the file's date column here");
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            // The sample files quote no field before their date column.
            var cell = lines[i].Split(',')[column];
            yield return (i, LocalDate.FromDateTime(DateTime.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private static RunRequest Request(string deal, YearMonth month, TemporaryFolder scratch) =>
        new(deal, month, Repo.Path("templates"), scratch.Combine("unused-run-folder"));

    private static string FirstDifference(string before, string after)
    {
        int i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i]) i++;
        int from = Math.Max(0, i - 120);
        string Around(string s) => s.Substring(from, Math.Min(s.Length, i + 120) - from);
        return $"{Environment.NewLine}  with every fact: …{Around(before)}…{Environment.NewLine}  without later:  …{Around(after)}…";
    }
}
