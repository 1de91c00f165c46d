using NodaTime;
using Reporting.Cycle.Book;
using Reporting.Deals;
using Reporting.RunFormat;

namespace Reporting.Cycle.Watch;

/// <summary>
/// Watches every deal of a book on a date, deals side by side. A deal that cannot be loaded is
/// reported with all its errors and the others are watched as usual; the list keeps the book's order.
/// </summary>
public static class BookWatch
{
    public static BookWatchList Watch(IReadOnlyList<string> dealFolders, LocalDate asOf, int businessDays, int parallel)
    {
        var results = new object[dealFolders.Count];
        Parallel.For(0, dealFolders.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel) },
            i => results[i] = WatchOne(dealFolders[i], asOf, businessDays));
        return new BookWatchList(asOf, businessDays, results.OfType<DealWatch>().ToArray(), results.OfType<WatchFailure>().ToArray());
    }

    private static object WatchOne(string folder, LocalDate asOf, int businessDays)
    {
        try
        {
            // The folder as the book names it, not as the loader resolved it: the list reads the same on any machine.
            return DealWatchEngine.Watch(DealInputsLoader.Load(folder), asOf, businessDays) with { Folder = folder };
        }
        catch (InputException e)
        {
            return new WatchFailure(folder, DealOutcome.BadInput, e.Errors.Select(d => d.ToString()).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new WatchFailure(folder, DealOutcome.InputOutputError, [$"cannot read a file: {e.Message}"]);
        }
        catch (Exception e)
        {
            // A defect of ours, not of this deal's input: reported against the deal, and the book goes on.
            return new WatchFailure(folder, DealOutcome.InternalError, [$"internal error: {e.GetType().Name}: {e.Message}"]);
        }
    }
}
