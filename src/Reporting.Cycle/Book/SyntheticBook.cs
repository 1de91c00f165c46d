using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Cycle.Book;

/// <summary>
/// A seeded synthetic book for benchmarks and tests: deal folders made from the sample deals, one
/// kind after another (plain cap, cap with a downgrade history, optional purchase), each with its own
/// id and name, marked <c>scenario: synthetic</c> (every page carries the banner), and varied terms
/// and history: the cap's notionals scaled and strikes lowered (some deals pay), the downgrade
/// deal's marks scaled against its posted collateral (different calls and returns), and the loan
/// tape's balances scaled and a different part of its loans kept. The same seed gives the same files.
/// </summary>
public static partial class SyntheticBook
{
    /// <summary>The sample deals the kinds are made from, under the repository's <c>deals/</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["gmacm-2006-he3", "gmacm-2006-he3-downgrade", "ramp-2006-rs3"];

    /// <summary>Writes <paramref name="deals"/> deal folders into <paramref name="outFolder"/>, which must not exist or be empty.</summary>
    public static IReadOnlyList<string> Generate(string samplesFolder, string outFolder, int deals, int seed)
    {
        if (Directory.Exists(outFolder) && Directory.EnumerateFileSystemEntries(outFolder).Any())
            throw new IOException($"{outFolder} is not empty; the generator writes only into a new or empty folder");
        Directory.CreateDirectory(outFolder);
        var random = new Random(seed);
        var samples = Kinds.Select(k => new Sample(k, Path.Combine(samplesFolder, k))).ToList();
        var written = new List<string>();
        for (var i = 1; i <= deals; i++)
        {
            var sample = samples[(i - 1) % samples.Count];
            var id = $"syn-{i:D5}-{sample.Kind}";
            var folder = Path.Combine(outFolder, id);
            Directory.CreateDirectory(folder);
            WriteDeal(sample, folder, id, i, random);
            written.Add(folder);
        }
        return written;
    }

    private static void WriteDeal(Sample sample, string folder, string id, int number, Random random)
    {
        var scale = 0.5m + (decimal)random.Next(0, 151) / 100m;        // 0.50 .. 2.00
        var strikeShift = -(decimal)random.Next(0, 301) / 100m;         // 0.00 .. -3.00 percent
        var markScale = 0.6m + (decimal)random.Next(0, 101) / 100m;     // 0.60 .. 1.60
        var keepLoan = 0.6 + random.NextDouble() * 0.4;                 // 60% .. 100% of the loans
        var loanSeed = random.Next();

        HashSet<string>? keptLoans = null;
        var loansFile = Path.Combine(sample.Folder, "loans.csv");
        if (File.Exists(loansFile))
        {
            var loans = KeepLoans(MapColumns(File.ReadAllText(loansFile), ("upb", v => Money(v * scale))), keepLoan, loanSeed, out keptLoans);
            File.WriteAllText(Path.Combine(folder, "loans.csv"), loans);
        }
        foreach (var file in Directory.EnumerateFiles(sample.Folder))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            string? written = name switch
            {
                "deal.yaml" => Terms(text, id, number),
                "schedule.csv" => MapColumns(text, ("notional", v => Money(v * scale)), ("strike_percent", v => Percent(v + strikeShift))),
                "exposures.csv" => MapColumns(text, ("amount", v => Money(v * markScale))),
                // Purchases of loans no longer on the tape would be bad input: only the kept loans' purchases stay.
                "purchases.csv" => MapColumns(KeepRows(text, "loan_id", loan => keptLoans?.Contains(loan) ?? true), ("price", v => Money(v * scale))),
                "loans.csv" or "README.md" => null,
                _ => text,
            };
            if (written is not null) File.WriteAllText(Path.Combine(folder, name), written);
        }
    }

    private static string Terms(string yaml, string id, int number)
    {
        yaml = IdLine().Replace(yaml, $"id: {id}", 1);
        yaml = NameLine().Replace(yaml, m => $"name: {m.Groups[1].Value.TrimEnd()} (synthetic deal {number})", 1);
        return ScenarioLine().Replace(yaml, "scenario: synthetic", 1);
    }

    /// <summary>Rewrites the named numeric columns of a CSV text; every other byte stays as it was.</summary>
    private static string MapColumns(string csv, params (string Column, Func<decimal, string> Map)[] maps)
    {
        var lines = csv.Split('\n');
        var header = lines[0].TrimEnd('\r').Split(',');
        var indexes = maps.Select(m => (Index: Array.IndexOf(header, m.Column), m.Map)).Where(m => m.Index >= 0).ToList();
        for (var l = 1; l < lines.Length; l++)
        {
            if (lines[l].Trim().Length == 0) continue;
            var cells = lines[l].TrimEnd('\r').Split(',');
            foreach (var (index, map) in indexes)
                if (index < cells.Length && decimal.TryParse(cells[index], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                    cells[index] = map(value);
            lines[l] = string.Join(',', cells);
        }
        return string.Join('\n', lines);
    }

    private static string KeepLoans(string csv, double share, int seed, out HashSet<string> kept)
    {
        var ids = csv.Split('\n').Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split(',')[1]).Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        kept = ids.Where(_ => random.NextDouble() < share).ToHashSet(StringComparer.Ordinal);
        if (kept.Count == 0) kept.Add(ids[0]);
        var set = kept;
        return KeepRows(csv, "loan_id", set.Contains);
    }

    private static string KeepRows(string csv, string column, Func<string, bool> keep)
    {
        var lines = csv.Split('\n');
        var index = Array.IndexOf(lines[0].TrimEnd('\r').Split(','), column);
        return string.Join('\n', lines.Where((line, i) => i == 0 || line.Trim().Length == 0 || keep(line.TrimEnd('\r').Split(',')[index])));
    }

    private static string Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.00###", CultureInfo.InvariantCulture);

    private sealed record Sample(string Kind, string Folder);

    [GeneratedRegex("^id: .*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex("^name: (.*)$", RegexOptions.Multiline)]
    private static partial Regex NameLine();

    [GeneratedRegex("^scenario: .*$", RegexOptions.Multiline)]
    private static partial Regex ScenarioLine();
}
