using Reporting.Cycle.Book;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>
/// Shows a book run's progress: a progress bar on an interactive terminal, otherwise one plain
/// line per finished deal (to stderr when stdout carries the JSON result).
/// </summary>
internal static class BookProgress
{
    public static BookSummary Run(BookRunner runner, int deals, bool json)
    {
        if (!json && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            BookSummary? summary = null;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask($"{deals} deals", maxValue: deals);
                    var failed = 0;
                    summary = runner.Run(outcome =>
                    {
                        if (!outcome.Succeeded) Interlocked.Increment(ref failed);
                        task.Description = failed == 0 ? $"{deals} deals" : $"{deals} deals, {failed} failed";
                        task.Increment(1);
                    });
                });
            return summary!;
        }

        var writer = json ? Console.Error : Console.Out;
        var done = 0;
        var gate = new object();
        return runner.Run(outcome =>
        {
            lock (gate)
            {
                done++;
                var name = outcome.DealId ?? outcome.DealFolder;
                writer.WriteLine(outcome.Succeeded
                    ? $"[{done}/{deals}] {name}: {outcome.Documents} documents, {outcome.Pages} pages, {outcome.Workbooks} workbooks"
                    : $"[{done}/{deals}] {name}: FAILED ({outcome.Failure})");
            }
        });
    }
}
