using System.Globalization;
using NodaTime;
using Reporting.Cycle.Watch;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reporting.Cli;

/// <summary>
/// The watch list at a terminal: the deadlines in each deal's window, the open exceptions and the
/// stale inputs, as Spectre.Console tables (with colour on an interactive terminal, plain text
/// otherwise, so a pipe or a file gets the same words without terminal codes).
/// </summary>
internal static class WatchTable
{
    public static void Write(BookWatchList list)
    {
        bool terminal = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi;
        void Show(IRenderable table)
        {
            if (terminal) AnsiConsole.Write(table);
            else TextTable.Write(table);
        }

        var deadlines = TextTable.Create(("deal", false), ("date", false), ("deadline", false), ("reference", false), ("party", false),
            ("amount", true), ("calendar", false), ("state", false));
        foreach (var deal in list.Deals)
        {
            foreach (var d in deal.InWindow)
            {
                Row(deadlines, terminal, d.State == DeadlineState.Missed ? "red" : d.State == DeadlineState.Open ? "yellow" : null,
                    deal.DealId, Iso(d.Date), d.Kind, d.Reference, d.Party ?? "-", Money(d.Amount), d.Calendar ?? "calendar days", Name(d.State));
            }
        }
        Console.Out.WriteLine($"Deadlines from {Iso(list.AsOf)} to {list.BusinessDays} business days after it, on each deal's own calendar:");
        Show(deadlines);

        var exceptions = TextTable.Create(("deal", false), ("exception", false), ("date", false), ("reference", false), ("party", false),
            ("amount", true), ("detail", false));
        foreach (var deal in list.Deals)
        {
            foreach (var x in deal.Exceptions)
                Row(exceptions, terminal, null, deal.DealId, x.Kind, x.Date is { } date ? Iso(date) : "-", x.Reference, x.Party ?? "-", Money(x.Amount), x.Detail ?? "");
        }
        Console.Out.WriteLine("Open exceptions:");
        Show(exceptions);

        var stale = TextTable.Create(("deal", false), ("input", false), ("file", false), ("latest", false), ("expected from", false));
        foreach (var deal in list.Deals)
        {
            foreach (var s in deal.StaleInputs)
                Row(stale, terminal, null, deal.DealId, s.Input, s.File, s.Latest is { } latest ? Iso(latest) : "none", Iso(s.Expected));
        }
        Console.Out.WriteLine("Stale inputs:");
        Show(stale);

        var calendars = string.Join(", ", list.Deals.Select(d => $"{d.DealId} {d.Calendar} to {Iso(d.WindowEnd)}"));
        Console.Out.WriteLine($"Windows: {calendars}");
    }

    private static void Row(Table table, bool colour, string? style, params string[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)(colour && style is not null ? new Text(c, new Style(Color.FromConsoleColor(style == "red" ? ConsoleColor.Red : ConsoleColor.Yellow))) : new Text(c))).ToArray());

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal? amount) => amount is { } a ? a.ToString("#,##0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>The state as the JSON names it.</summary>
    private static string Name(DeadlineState state) => state.ToString().ToLowerInvariant();
}
