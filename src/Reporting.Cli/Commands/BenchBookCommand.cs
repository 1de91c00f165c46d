using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using NodaTime;
using Reporting.Archive.Store;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting bench book --deals N</c>: the whole monthly cycle over a synthetic book of N deals in
/// one process (load, evaluate, render, write, archive), as <c>reporting run BOOK</c> does it:
/// deals per minute, pages per second, CPU time and peak memory. The book and archive are made in a
/// temporary folder and removed afterwards; generating the book is not timed.
/// </summary>
internal static class BenchBookCommand
{
    public static Command Build()
    {
        var deals = new Option<int>("--deals") { Description = "How many synthetic deals", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "The book's seed", DefaultValueFactory = _ => 1 };
        var parallel = new Option<int?>("--parallel") { Description = "Deals at once (default: one per core)" };
        var period = new Option<string>("--period") { Description = "The month every deal runs (yyyy-mm)", DefaultValueFactory = _ => "2007-08" };
        var command = new Command("book", "Measure the monthly cycle over a synthetic book: deals per minute, pages per second, peak memory") { deals, seed, parallel, period };
        command.SetAction(parse => CommandRunner.Execute(() =>
            Run(parse.GetValue(deals), parse.GetValue(seed), parse.GetValue(parallel) ?? Environment.ProcessorCount, parse.GetValue(period)!)));
        return command;
    }

    private static int Run(int count, int seed, int parallel, string periodText)
    {
        if (count < 1 || parallel < 1) throw new UsageException("--deals and --parallel must be at least 1");
        var parsed = NodaTime.Text.YearMonthPattern.Iso.Parse(periodText);
        if (!parsed.Success) throw new UsageException($"'{periodText}' is not a month (expected yyyy-mm)");
        var work = Directory.CreateTempSubdirectory("reporting-bench-book-").FullName;
        try
        {
            var templates = RepositoryPaths.Templates();
            var folders = SyntheticBook.Generate(RepositoryPaths.Deals(), Path.Combine(work, "book"), count, seed);
            var store = ArchiveStore.Open(Path.Combine(work, "archive"), ArchiveOptions.Default);
            var runner = new BookRunner(new BookRequest(folders, parsed.Value, templates, Path.Combine(work, "output"), parallel, Path.Combine(work, "archive")),
                (manifest, stagingFolder, dealFolder) =>
                {
                    var archived = store.Add(stagingFolder, dealFolder, templates);
                    return new ArchiveOutcome(archived.Version, archived.IsNew, archived.Path);
                });

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var summary = runner.Run();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.Out.WriteLine($"deals {summary.Deals} ({summary.Failed} failed), {parallel} at once on {Environment.ProcessorCount} cores; "
                + $"{summary.Documents} documents, {summary.Pages} pages, {summary.Workbooks} workbooks, {summary.Exceptions} exceptions");
            Console.Out.WriteLine($"wall {summary.Seconds:F1} s, cpu {cpu:F1} s; {summary.Deals / summary.Seconds * 60:F0} deals/min, "
                + $"{summary.Pages / summary.Seconds:F1} pages/s, {summary.Pages / cpu:F1} pages/cpu-s; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB");
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
            Console.Out.WriteLine($"garbage collections: {GC.CollectionCount(0) - collectionsBefore.Item1} gen0, {GC.CollectionCount(1) - collectionsBefore.Item2} gen1, "
                + $"{GC.CollectionCount(2) - collectionsBefore.Item3} gen2; paused {pause:F1} s ({(GCSettings.IsServerGC ? "server" : "workstation")} GC)");
            var phases = runner.Phases;
            Console.Out.WriteLine($"thread-seconds: load {phases.LoadSeconds:F1}, plan {phases.PlanSeconds:F1}, render and write {phases.RenderSeconds:F1}, archive {phases.ArchiveSeconds:F1}");
            foreach (var failed in summary.Outcomes.Where(o => !o.Succeeded).Take(5))
                Console.Error.WriteLine($"{failed.DealFolder}: {string.Join("; ", failed.Errors)}");
            return summary.Failed == 0 ? CommandRunner.Ok : CommandRunner.BadInput;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
