using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using Reporting.Archive.Index;
using Reporting.Archive.Store;
using Reporting.Cycle;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting bench archive --runs 0,3000,30000</c>: the cost of adding one run to archives of
/// different sizes. Each archive's index is filled with synthetic rows (a run and four documents
/// each, as many deals as runs / 12, twelve months each), its chain with a run entry each and the
/// page's list with a line each; then one real run of a sample deal is
/// added and timed, with the bytes it allocated. An add that touches only what it adds takes the
/// same time whatever the archive holds.
/// </summary>
internal static class BenchArchiveCommand
{
    public static Command Build()
    {
        var runs = new Option<string>("--runs") { Description = "Archive sizes in run versions, comma-separated", DefaultValueFactory = _ => "0,3000,30000" };
        var deal = new Option<string?>("--deal") { Description = "The deal whose run is added (default: deals/gmacm-2006-he3)" };
        var command = new Command("archive", "Measure adding one run to archives of growing size") { runs, deal };
        command.SetAction(parse => CommandRunner.Execute(() => Run(parse.GetValue(runs)!, parse.GetValue(deal))));
        return command;
    }

    private static int Run(string sizesText, string? dealOption)
    {
        var sizes = sizesText.Split(',').Select(s => int.TryParse(s.Trim(), out var n) && n >= 0 ? n : throw new UsageException($"'{s}' is not a number of runs")).ToList();
        var templates = RepositoryPaths.Templates();
        var dealFolder = dealOption ?? Path.Combine(RepositoryPaths.Deals(), "gmacm-2006-he3");
        var work = Directory.CreateTempSubdirectory("reporting-bench-archive-").FullName;
        try
        {
            var runFolder = Path.Combine(work, "run");
            MonthlyCycle.Run(new RunRequest(dealFolder, new YearMonth(2007, 8), templates, runFolder));
            // Three later months: the next-month figure is their median, which a busy shared machine disturbs less than one add.
            var nextRunFolders = Enumerable.Range(9, 3).Select(month =>
            {
                var folder = Path.Combine(work, $"run-{month}");
                MonthlyCycle.Run(new RunRequest(dealFolder, new YearMonth(2007, month), templates, folder));
                return folder;
            }).ToList();
            // One warm-up add so the first measured one does not pay for loading code.
            ArchiveStore.Open(Path.Combine(work, "warm")).Add(runFolder, dealFolder, templates);

            // The first month of a new deal also appends a line to the page's list; the next month of a known deal adds one too (a new deal-period).
            Console.Out.WriteLine($"{"runs in archive",16} {"fill s",7} {"new deal ms",12} {"alloc MB",9} {"next month ms (median of 3)",28} {"alloc MB",9} {"index MB",9}");
            foreach (var size in sizes)
            {
                var archive = Path.Combine(work, $"archive-{size}");
                var fill = Stopwatch.StartNew();
                ArchiveStore.Open(archive);
                using (var index = ArchiveIndex.OpenOrCreate(Path.Combine(archive, ArchiveLayout.IndexFileName)))
                    index.InsertMany(Enumerable.Range(0, size).Select(SyntheticRows));
                FillChainAndList(archive, size);
                fill.Stop();
                // The fill's files go to disk now, not during the first measured add's flushes.
                using (var sync = Process.Start("sync")) sync?.WaitForExit();

                var (newMs, newMb) = TimedAdd(archive, runFolder, dealFolder, templates);
                var next = nextRunFolders.Select(folder => TimedAdd(archive, folder, dealFolder, templates)).OrderBy(t => t.Ms).ToList();
                var (nextMs, nextMb) = next[next.Count / 2];
                var indexMb = new FileInfo(Path.Combine(archive, ArchiveLayout.IndexFileName)).Length / 1048576.0;
                Console.Out.WriteLine($"{size,16} {fill.Elapsed.TotalSeconds,7:F1} {newMs,12:F0} {newMb,9:F1} {nextMs,28:F0} {nextMb,9:F1} {indexMb,9:F1}");
                Directory.Delete(archive, recursive: true);
            }
            return CommandRunner.Ok;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Opens the archive and adds one run, as one <c>reporting run</c> does (its chain entry and its page's facts included): wall milliseconds and megabytes allocated.</summary>
    private static (double Ms, double Mb) TimedAdd(string archive, string runFolder, string dealFolder, string templates)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        ArchiveStore.Open(archive).Add(runFolder, dealFolder, templates);
        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
    }

    /// <summary>
    /// What an archive of that many runs also holds: a chain entry per run (files linked as an add
    /// links them, not flushed to disk one by one) and a line per deal-period in the page's list.
    /// </summary>
    private static void FillChainAndList(string archive, int size)
    {
        var chain = Path.Combine(archive, Reporting.Archive.Lifecycle.ArchiveChain.FolderName);
        Directory.CreateDirectory(chain);
        Directory.CreateDirectory(Path.Combine(archive, ArchivePages.Folder));
        var previous = Reporting.Archive.Lifecycle.ChainEntry.Genesis;
        var list = new System.Text.StringBuilder();
        for (var n = 0; n < size; n++)
        {
            var rows = SyntheticRows(n);
            var entry = new Reporting.Archive.Lifecycle.ChainEntry(n + 1, Reporting.Archive.Lifecycle.ChainEntry.Run, previous, "2010-01-01T00:00:00Z",
                new SortedDictionary<string, string?>(StringComparer.Ordinal) { ["path"] = rows.Run.Path, ["preparer"] = "bench" });
            var bytes = entry.ToBytes();
            File.WriteAllBytes(Path.Combine(chain, $"{n + 1:D6}.json"), bytes);
            previous = Reporting.RunFormat.Hashes.Sha256(bytes);
            list.Append($"archive.period(\"{rows.Run.DealId}\",\"{rows.Run.Period}\");\n");
        }
        File.WriteAllText(Path.Combine(archive, ArchivePages.ListFile), list.ToString());
        // As every append leaves it: the number of the last entry, so the next append reads one entry, not the folder.
        if (size > 0) File.WriteAllText(Path.Combine(chain, Reporting.Archive.Lifecycle.ArchiveChain.HintFileName), size.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Run number <paramref name="n"/>: deal n/12, month n%12 of 2010, with four documents.</summary>
    private static IndexRows SyntheticRows(int n)
    {
        var deal = $"bench-deal-{n / 12:D5}";
        var period = $"2010-{n % 12 + 1:D2}";
        var path = ArchiveLayout.VersionPath(deal, period, 1);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(n)));
        var documents = Enumerable.Range(1, 4).Select(d => new IndexedDocument(deal, period, 1, $"{path}/documents/doc-{d}.pdf", "trustee-statement", "pdf",
            $"Document {d}", $"{period}-25", "Trustee", 3, $"doc-{d}", hash, hash)).ToList();
        return new IndexRows(new IndexedRun(deal, period, 1, path, $"Bench deal {n / 12}", "synthetic", "bench", hash, "2010-01-01T00:00:00Z", 4), documents);
    }
}
