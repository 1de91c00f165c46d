using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Reporting.Archive.Store;
using Reporting.Cycle;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting bench month</c>: one whole monthly run (load, engines, every document and workbook,
/// manifest, archive) of a large trust, on a generated tape in which one loan in ten is troubled
/// and stops paying six months before the run's month, so one loan in ten is 90+ days delinquent
/// and in its purchase window. Shows that a month's size has no cliff, and what it costs.
/// Everything is generated under the system's temporary folder and deleted afterwards.
/// </summary>
internal static class BenchMonthCommand
{
    private static readonly string SampleDeal = Path.Combine("deals", "ramp-2006-rs3");

    public static Command Build()
    {
        var rows = new Option<int>("--rows") { Description = "Rows of the generated loan tape", DefaultValueFactory = _ => 2_000_000 };
        var months = new Option<int>("--months") { Description = "Monthly tapes the rows are spread over (loans = rows / months)", DefaultValueFactory = _ => 25 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated tape", DefaultValueFactory = _ => 20060831 };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated deal, run folder and archive (their folder is printed)" };

        var command = new Command("month", "Time and peak memory of one monthly run of a large generated trust (10% troubled loans)") { rows, months, seed, keep };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var rowCount = parse.GetValue(rows);
            var monthCount = parse.GetValue(months);
            if (monthCount < 2 || monthCount > 600) throw new UsageException("--months must be from 2 to 600");
            if (rowCount < monthCount) throw new UsageException("--rows must be at least --months");
            Run(rowCount / monthCount, monthCount, parse.GetValue(seed), parse.GetValue(keep));
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static void Run(int loans, int months, int seed, bool keep)
    {
        var folder = Directory.CreateTempSubdirectory("reporting-bench-month-").FullName;
        try
        {
            var deal = Directory.CreateDirectory(Path.Combine(folder, "deal")).FullName;
            var templates = RepositoryPaths.Templates();
            // The sample trust's terms (its parties, Section 4.07 and readings) with a generated tape.
            File.Copy(Path.Combine(Directory.GetParent(templates)!.FullName, SampleDeal, Reporting.Deals.DealLoader.TermsFileName),
                Path.Combine(deal, Reporting.Deals.DealLoader.TermsFileName));
            File.WriteAllText(Path.Combine(deal, "purchases.csv"), "loan_id,purchase_date,price\n");
            var generate = Stopwatch.StartNew();
            // One loan in ten stops paying six tapes before the last: all of them are 90+ days delinquent,
            // and in their purchase window, in the month run, so every one is listed in its documents.
            var rows = BenchLoansCommand.WriteTape(Path.Combine(deal, "loans.csv"), loans, months, seed, troubledDefaultFrom: months - 6);
            generate.Stop();
            var tapeMb = new FileInfo(Path.Combine(deal, "loans.csv")).Length / 1048576.0;
            // The tape's last month-end: the month whose run has the longest history behind it.
            var lastTape = new LocalDate(2006, 4, 1).PlusMonths(months - 1);
            var period = new YearMonth(lastTape.Year, lastTape.Month);

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tape: {rows:N0} rows, {loans:N0} loans over {months} months, {tapeMb:F0} MB, generated in {generate.Elapsed.TotalSeconds:F1} s; period {period:yyyy-MM}"));

            var output = Path.Combine(folder, "out");
            var run = Stopwatch.StartNew();
            var manifest = MonthlyCycle.Run(new RunRequest(deal, period, templates, output));
            run.Stop();
            var afterRun = PeakWorkingSetMb();
            var archive = Stopwatch.StartNew();
            ArchiveStore.Open(Path.Combine(folder, "archive")).Add(output, deal, templates);
            archive.Stop();

            Console.Out.WriteLine($"{"output",-52} {"pages",6} {"MB",7}");
            foreach (var o in manifest.Outputs)
            {
                var mb = new FileInfo(Path.Combine(output, o.Path)).Length / 1048576.0;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{o.Path,-52} {(o.Pages?.ToString(CultureInfo.InvariantCulture) ?? "-"),6} {mb,7:F1}"));
            }
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run: {run.Elapsed.TotalSeconds:F1} s, peak working set {afterRun:F0} MB; archive: {archive.Elapsed.TotalSeconds:F1} s, peak working set {PeakWorkingSetMb():F0} MB"));
            Console.Out.WriteLine("peak working set: the process's largest resident memory so far (it never falls; generating the tape adds little).");
            if (keep) Console.Out.WriteLine($"kept: {folder}");
        }
        finally
        {
            if (!keep) Directory.Delete(folder, recursive: true);
        }
    }

    private static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1048576.0;
    }
}
