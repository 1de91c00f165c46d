using NodaTime;
using Reporting.Archive.Store;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting run BOOK --period YYYY-MM</c>: the monthly cycle for every deal of a book in one
/// process, deals side by side on every core. Exit 0 when every deal succeeded, 1 when any deal
/// had bad input, 3 when any deal met an internal error.
/// </summary>
internal static class BookRunCommand
{
    public static int Execute(string book, YearMonth period, string templatesFolder, string? outputRoot, string archiveFolder, int? parallel, bool json)
    {
        var deals = BookDeals.Resolve(book);
        var request = new BookRequest(deals, period, templatesFolder, outputRoot ?? "output", parallel ?? Environment.ProcessorCount);
        // The archive-wide page is written once at the end, not once per new deal.
        var store = ArchiveStore.Open(archiveFolder, ArchiveOptions.Default with { DeferRootPage = true });
        var runner = new BookRunner(request, (manifest, runFolder, dealFolder) =>
        {
            var archived = store.Add(runFolder, dealFolder, templatesFolder);
            return new ArchiveOutcome(archived.Version, archived.IsNew, archived.Path);
        });
        var summary = BookProgress.Run(runner, deals.Count, json);
        store.WriteRootPage();

        if (json) JsonOutput.Write(summary);
        else Print(summary);
        if (summary.Outcomes.Any(o => o.Failure == DealOutcome.InternalError)) return CommandRunner.InternalError;
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
