using System.CommandLine;
using Hangfire;
using Hangfire.Storage.Monitoring;
using NodaTime;
using Reporting.Cli.Queue;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting book enqueue BOOK --period YYYY-MM</c> (one job per deal-month on the shared queue) and
/// <c>reporting book status [--wait]</c> (how many jobs are waiting, running, done and failed) and
/// <c>reporting book retry</c> (failed jobs back on the queue, once their deals are mended).
/// </summary>
internal static class BookQueueCommands
{
    /// <summary>Exit code of <c>status --wait</c> when jobs are still open at the timeout (as timeout(1) does).</summary>
    public const int TimedOut = 124;

    public static Command Enqueue()
    {
        var book = new Argument<string>("BOOK") { Description = "A folder of deal folders, or a file listing them, one a line; paths as every worker sees them (a shared file system)" };
        var period = new Option<YearMonth?>("--period") { Description = "The month to run (yyyy-mm)", Required = true, CustomParser = RunCommand.ParseMonth };
        var queue = JobQueue.Option();
        var command = new Command("enqueue", "Put one job per deal of the book for the month on the shared queue; workers (reporting worker) run them") { book, period, queue };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var deals = BookDeals.Resolve(parse.GetValue(book)!);
            var month = parse.GetValue(period)!.Value;
            var text = $"{month.Year:D4}-{month.Month:D2}";
            var client = new BackgroundJobClient(JobQueue.Use(JobQueue.ConnectionString(parse.GetValue(queue))));
            var ids = new List<string>();
            foreach (var deal in deals)
            {
                ids.Add(client.Enqueue<DealMonthJob>(job => job.Run(Path.GetFullPath(deal), text, null)));
                if (ids.Count == 1) CommandRunner.Wrote("deal-month jobs on the queue (see reporting book status)");
            }
            Console.Out.WriteLine($"{ids.Count} deal-month jobs for {text} on queue {JobQueue.Name} (job ids {ids[0]}–{ids[^1]}); `reporting book status --wait` waits for them");
            return CommandRunner.Ok;
        }));
        return command;
    }

    public static Command Status()
    {
        var queue = JobQueue.Option();
        var wait = new Option<bool>("--wait") { Description = "Wait until no job is waiting, scheduled for a retry or running; exit 1 if any failed" };
        var timeout = new Option<int?>("--timeout") { Description = $"With --wait: give up after this many seconds (exit {TimedOut})" };
        var json = CommonOptions.JsonOption();
        var command = new Command("status", "How many deal-month jobs are waiting, running, done and failed, with each failure") { queue, wait, timeout, json };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var monitoring = JobQueue.Use(JobQueue.ConnectionString(parse.GetValue(queue))).GetMonitoringApi();
            // How long to wait is measured on a monotonic stopwatch, not the wall clock: nothing printed depends on it.
            var limit = parse.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : TimeSpan.MaxValue;
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var statistics = monitoring.GetStatistics();
            while (parse.GetValue(wait) && Open(statistics) > 0 && waited.Elapsed < limit)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
                statistics = monitoring.GetStatistics();
            }
            var failures = monitoring.FailedJobs(0, 1000).Select(f => new Failure(f.Key, Arguments(f.Value), f.Value.ExceptionMessage)).ToList();
            var status = new QueueStatus(statistics.Enqueued, statistics.Scheduled, statistics.Processing, statistics.Succeeded, statistics.Failed, statistics.Servers, failures);
            if (parse.GetValue(json)) JsonOutput.Write(status);
            else
            {
                Console.Out.WriteLine($"queue {JobQueue.Name}: {status.Enqueued} waiting, {status.Scheduled} to retry, {status.Processing} running, "
                    + $"{status.Succeeded} succeeded, {status.Failed} failed; {status.Servers} worker process(es) registered");
                foreach (var failure in failures) Console.Out.WriteLine($"  failed job {failure.Job}: {failure.Deal}: {failure.Message}");
            }
            if (parse.GetValue(wait) && Open(statistics) > 0) return TimedOut;
            return statistics.Failed > 0 ? CommandRunner.BadInput : CommandRunner.Ok;
        }));
        return command;
    }

    public static Command Retry()
    {
        var queue = JobQueue.Option();
        var command = new Command("retry", "Put every failed deal-month job back on the queue (after mending its deal); a failed job stays failed until then") { queue };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var storage = JobQueue.Use(JobQueue.ConnectionString(parse.GetValue(queue)));
            var client = new BackgroundJobClient(storage);
            var failed = storage.GetMonitoringApi().FailedJobs(0, int.MaxValue);
            var requeued = 0;
            foreach (var (id, job) in failed)
            {
                if (!client.Requeue(id)) continue;
                if (++requeued == 1) CommandRunner.Wrote("failed jobs back on the queue");
                Console.Out.WriteLine($"job {id}: {Arguments(job)}: back on the queue");
            }
            Console.Out.WriteLine($"{requeued} failed job(s) back on queue {JobQueue.Name}");
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static long Open(StatisticsDto s) => s.Enqueued + s.Scheduled + s.Processing;

    private static string Arguments(FailedJobDto job) => job.Job?.Args is { Count: >= 2 } args ? $"{args[0]} {args[1]}" : "(unknown job)";

    /// <summary>The queue's counts (Hangfire's statistics) and every failed job.</summary>
    private sealed record QueueStatus(long Enqueued, long Scheduled, long Processing, long Succeeded, long Failed, long Servers, IReadOnlyList<Failure> Failures);

    private sealed record Failure(string Job, string Deal, string? Message);
}
