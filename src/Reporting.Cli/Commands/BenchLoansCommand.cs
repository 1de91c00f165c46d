using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Loans;
using Reporting.RunFormat;
using Reporting.Formatting;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting bench loans</c>: loan tape rows per second and memory of loading a tape and
/// evaluating it, on generated tapes of the same loans over more and more months. The tape is
/// streamed (never held as text) into per-loan rows, so memory grows with the rows' parsed
/// values, well below the file's size. Tapes are generated into a temporary folder and deleted.
/// </summary>
internal static class BenchLoansCommand
{
    public static Command Build()
    {
        var loans = new Option<int>("--loans") { Description = "Loans on every tape", DefaultValueFactory = _ => 20_000 };
        var months = new Option<string>("--months")
        {
            Description = "Comma-separated tape counts to measure, one run each (rows = loans x months)",
            DefaultValueFactory = _ => "5,10,25,50",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated tapes", DefaultValueFactory = _ => 20060831 };

        var command = new Command("loans", "Rows per second and memory of the optional purchase engine on generated loan tapes") { loans, months, seed };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            int loanCount = parse.GetValue(loans);
            if (loanCount < 1) throw new UsageException("--loans must be at least 1");
            var monthCounts = new List<int>();
            foreach (var part in parse.GetValue(months)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m < 1 || m > 600)
                    throw new UsageException($"--months: '{part}' is not a number of tapes from 1 to 600");
                monthCounts.Add(m);
            }
            Run(loanCount, monthCounts, parse.GetValue(seed));
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static void Run(int loanCount, IReadOnlyList<int> monthCounts, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reporting-bench-loans-" + Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        try
        {
            WriteDealFile(folder);
            // A small run first, unreported, so the first measurement does not include JIT compilation.
            WriteTape(Path.Combine(folder, "loans.csv"), Math.Min(loanCount, 2_000), 3, seed);
            Measure(folder, new LocalDate(2006, 7, 31));
            Console.Out.WriteLine($"{"rows",10} {"loans",8} {"months",6} {"file MB",8} {"seconds",8} {"rows/s",10} {"max heap MB",12} {"live after MB",14} {"peak WS MB",11}");
            foreach (var count in monthCounts)
            {
                var loansPath = Path.Combine(folder, "loans.csv");
                long rows = WriteTape(loansPath, loanCount, count, seed);
                var fileMb = new FileInfo(loansPath).Length / 1048576.0;
                var result = Measure(folder, new LocalDate(2006, 4, 30).PlusMonths(count));
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rows,10} {loanCount,8} {count,6} {fileMb,8:F1} {result.Seconds,8:F2} {rows / result.Seconds,10:F0} {result.MaxHeapMb,12:F1} {result.LiveMb,14:F1} {result.PeakWorkingSetMb,11:F1}"));
            }
            Console.Out.WriteLine("max heap: largest managed heap seen after loading and after evaluating (garbage included);");
            Console.Out.WriteLine("live after: managed memory still reachable after a full collection, with the loaded tape and the report held;");
            Console.Out.WriteLine("peak WS: the process's peak working set so far (it never falls, so later runs include earlier ones).");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Measurement(double Seconds, double MaxHeapMb, double LiveMb, double PeakWorkingSetMb);

    private static Measurement Measure(string folder, LocalDate asOf)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var stopwatch = Stopwatch.StartNew();

        // What a run does: the load phase streams the tape once into per-loan rows, then the
        // engine folds them for the date.
        var deal = DealLoader.LoadTerms(folder);
        var inputs = LoanInputs.Load(deal);
        long maxHeap = GC.GetTotalMemory(false);
        var report = OptionalPurchaseEngine.Evaluate(inputs, asOf);
        maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
        stopwatch.Stop();

        long live = GC.GetTotalMemory(true);
        GC.KeepAlive(inputs);
        GC.KeepAlive(report);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        const double Mb = 1048576.0;
        return new Measurement(stopwatch.Elapsed.TotalSeconds, maxHeap / Mb, live / Mb, process.PeakWorkingSet64 / Mb);
    }

    private static void WriteDealFile(string folder)
    {
        // The terms name purchases.csv by default and a named file must exist: no purchases, header only.
        File.WriteAllText(Path.Combine(folder, "purchases.csv"), "loan_id,purchase_date,price\n");
        WriteTerms(folder);
    }

    private static void WriteTerms(string folder) => File.WriteAllText(Path.Combine(folder, DealLoader.TermsFileName), """
        id: bench-loans
        name: Generated loan tape for benchmarks
        scenario: synthetic
        parties:
          MasterServicer:
            name: Generated Master Servicer
            role: master-servicer
        optional_purchase:
          purchaser: MasterServicer
          business_day_calendar: USNY
        """);

    /// <summary>
    /// Writes <paramref name="months"/> month-end tapes of <paramref name="loans"/> loans, tape by
    /// tape. Each month a loan pays (most), misses, pays part (next due date moves, still late)
    /// or catches up, so the fold opens, keeps and cures episodes as on a real tape.
    /// </summary>
    /// <param name="troubledDefaultFrom">When given, the troubled loans (one in ten) are current until this
    /// tape and never pay again from it: all of them cross 90 days together, and are in their purchase
    /// window a quarter later.</param>
    internal static long WriteTape(string path, int loans, int months, int seed, int? troubledDefaultFrom = null)
    {
        var random = new Random(seed);
        var nextDue = new LocalDate[loans];
        var upb = new decimal[loans];
        var rate = new decimal[loans];
        var firstReport = new LocalDate(2006, 4, 30);
        for (int i = 0; i < loans; i++)
        {
            nextDue[i] = new LocalDate(2006, 5, 1);
            upb[i] = 50_000m + random.Next(0, 45_000_000) / 100m;
            rate[i] = 5.5m + random.Next(0, 500) / 100m;
        }
        long rows = 0;
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.WriteLine("report_date,loan_id,upb,next_due_date,note_rate_percent,servicing_fee_percent");
        for (int m = 0; m < months; m++)
        {
            var report = firstReport.PlusMonths(m);
            // A month-end date rolled by PlusMonths keeps day 30; use the real month end.
            report = new LocalDate(report.Year, report.Month, 1).PlusMonths(1).PlusDays(-1);
            var reportText = InvariantFormat.Iso(report);
            for (int i = 0; i < loans; i++)
            {
                if (m > 0 && i % 10 == 0 && troubledDefaultFrom is { } stop)
                {
                    // Current until the stop (so no earlier episode's window has lapsed), then never pays again.
                    if (m < stop) nextDue[i] = new LocalDate(report.Year, report.Month, 1).PlusMonths(1);
                    upb[i] = Math.Max(0m, upb[i] - 100m);
                }
                else if (m > 0)
                {
                    // One loan in ten is troubled and misses often enough to pass 90 days.
                    int roll = random.Next(100);
                    if (i % 10 == 0) roll = roll < 45 ? roll * 2 : 90 + (roll - 45) * 10 / 55;
                    if (roll < 90) nextDue[i] = nextDue[i].PlusMonths(1);                       // pays
                    else if (roll < 96) { }                                                       // misses
                    else if (roll < 98) nextDue[i] = nextDue[i].PlusMonths(1);                   // part-pays one of several
                    else nextDue[i] = new LocalDate(report.Year, report.Month, 1).PlusMonths(1); // catches up
                    if (nextDue[i] > report.PlusMonths(2)) nextDue[i] = new LocalDate(report.Year, report.Month, 1).PlusMonths(1);
                    upb[i] = Math.Max(0m, upb[i] - 100m);
                }
                writer.Write(reportText);
                writer.Write(",L");
                writer.Write(i.ToString("D7", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(upb[i].ToString("0.00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(InvariantFormat.Iso(nextDue[i]));
                writer.Write(',');
                writer.Write(rate[i].ToString("0.000", CultureInfo.InvariantCulture));
                writer.WriteLine(",0.500");
                rows++;
            }
        }
        return rows;
    }
}
