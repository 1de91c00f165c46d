using NodaTime;
using Reporting.Archive.Store;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting run BOOK --period YYYY-MM</c>: the monthly cycle for every deal of a book in one
/// process, deals side by side on every core, each written exactly as a single deal's run is
/// (<see cref="Reporting.Cycle.DealRun"/>). Exit 0 when every deal succeeded; otherwise the worst
/// deal's code: 70 an internal error, 74 a file that could not be written, 2 a run folder a run
/// may not write to, 1 bad input.
/// </summary>
internal static class BookRunCommand
{
    public static int Execute(string book, YearMonth period, string templatesFolder, string? outputRoot, string archiveFolder, int? parallel, bool json,
        ArchiveOptions archiveOptions)
    {
        var deals = BookDeals.Resolve(book);
        var request = new BookRequest(deals, period, templatesFolder, outputRoot ?? "output", parallel ?? Environment.ProcessorCount, archiveFolder);
        var store = ArchiveStore.Open(archiveFolder, archiveOptions);
        var runner = new BookRunner(request, (manifest, stagingFolder, dealFolder) =>
        {
            var archived = store.Add(stagingFolder, dealFolder, templatesFolder);
            return new ArchiveOutcome(archived.Version, archived.IsNew, archived.Path);
        });
        var summary = BookProgress.Run(runner, deals.Count, json);

        if (json) JsonOutput.Write(summary);
        else Print(summary);
        // The worst deal decides: a defect of ours, then a file that could not be written, then a refused folder, then bad input.
        var failures = summary.Outcomes.Select(o => o.Failure).ToHashSet();
        if (failures.Contains(DealOutcome.InternalError)) return CommandRunner.InternalError;
        if (failures.Contains(DealOutcome.InputOutputError)) return CommandRunner.InputOutputError;
        if (failures.Contains(DealOutcome.Refused)) return CommandRunner.Usage;
        return summary.Failed > 0 ? CommandRunner.BadInput : CommandRunner.Ok;
    }

    private static void Print(BookSummary summary)
    {
        foreach (var failed in summary.Outcomes.Where(o => !o.Succeeded))
        {
            Console.Error.WriteLine($"{failed.DealFolder}: {failed.Failure}; nothing was written for this deal");
            foreach (var error in failed.Errors) Console.Error.WriteLine("  " + error);
        }
        var archivedNew = summary.Outcomes.Count(o => o.Archived is { IsNew: true });
        Console.Out.WriteLine($"{summary.Period}: {summary.Deals} deals, {summary.Succeeded} succeeded, {summary.Failed} failed; "
            + $"{summary.Documents} documents ({summary.Pages} pages), {summary.Workbooks} workbooks, {summary.Exceptions} exceptions; "
            + $"{archivedNew} new archive versions; {summary.Seconds:F1} s");
    }
}
