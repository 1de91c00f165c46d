using System.CommandLine;
using Reporting.Cycle.Book;
using Reporting.Cycle.Watch;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting watch BOOK --as-of D [--days N]</c>: every deal's contractual deadlines in the next
/// N business days of its own calendar, its open exceptions and stale inputs, as a table, JSON
/// (<c>--json</c>), a PDF (<c>--pdf</c>) and an RFC 5545 calendar of every deadline (<c>--ics</c>).
/// A deal that cannot be read is reported and the others are watched; the exit code is then the
/// worst deal's (70 an internal error, 74 a file that could not be read, 1 bad input).
/// </summary>
internal static class WatchCommand
{
    public const int DefaultDays = 10;

    public static Command Build()
    {
        var book = new Argument<string>("BOOK")
        {
            Description = "A folder of deal folders, a file listing deal folders one a line, or one deal folder",
        };
        var asOf = CommonOptions.DateOption("--as-of", "The watch date: only what is dated on or before it is used", required: true);
        var days = new Option<int>("--days")
        {
            Description = $"The window: this many business days after the watch date, on each deal's own calendar (default {DefaultDays})",
            DefaultValueFactory = _ => DefaultDays,
        };
        var json = CommonOptions.JsonOption();
        var pdf = new Option<string?>("--pdf") { Description = "Also write the watch list as a PDF to this file" };
        var ics = new Option<string?>("--ics") { Description = "Also write an RFC 5545 calendar (.ics) of every deadline of the book to this file" };
        var templates = new Option<string?>("--templates") { Description = "Templates folder (default: templates/ of this repository)" };
        var parallel = new Option<int?>("--parallel") { Description = "How many deals are read at once (default: one per core)" };

        var command = new Command("watch", "The watch list across a book: deadlines in the next business days, open exceptions, stale inputs; as a table, JSON, PDF and .ics calendar")
            { book, asOf, days, json, pdf, ics, templates, parallel };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var window = parse.GetValue(days);
            if (window is < 0 or > 3660) throw new UsageException($"--days {window} is out of range (expected a whole number of business days from 0 to 3660)");
            if (parse.GetValue(parallel) is < 1) throw new UsageException("--parallel must be at least 1");
            var pdfFile = parse.GetValue(pdf);
            var icsFile = parse.GetValue(ics);
            foreach (var (option, file) in new[] { ("--pdf", pdfFile), ("--ics", icsFile) })
            {
                if (file is not null && TargetProblem(file) is { } problem) throw new UsageException($"{option} {file}: {problem}. Nothing was written.");
            }
            var path = parse.GetValue(book)!;
            var folders = BookDeals.IsBook(path) ? BookDeals.Resolve(path) : [path];
            var templatesFolder = parse.GetValue(templates) ?? RepositoryPaths.Templates();

            var list = BookWatch.Watch(folders, parse.GetValue(asOf)!.Value, window, parse.GetValue(parallel) ?? Environment.ProcessorCount);

            // Everything is rendered before anything is written: a template error leaves no file behind.
            var pdfBytes = pdfFile is null ? null : WatchListDocument.Render(list, templatesFolder).Pdf;
            var icsBytes = icsFile is null ? null : WatchCalendar.Write(list, WatchCalendarWords.Render(list, templatesFolder));
            if (pdfBytes is not null) WriteFile(pdfFile!, pdfBytes, "the watch list PDF");
            if (icsBytes is not null) WriteFile(icsFile!, icsBytes, "the calendar");

            if (parse.GetValue(json)) JsonOutput.Write(WatchJson.From(list));
            else WatchTable.Write(list);
            foreach (var failed in list.Failures)
            {
                Console.Error.WriteLine($"{failed.DealFolder}: {failed.Failure}; not watched");
                foreach (var error in failed.Errors) Console.Error.WriteLine("  " + error);
            }
            if (!parse.GetValue(json))
            {
                var totals = WatchTotals.Of(list);
                Console.Out.WriteLine($"{list.AsOf:yyyy-MM-dd}: {totals.Deals} deals watched, {totals.Failed} could not be read; "
                    + $"{totals.Deadlines} deadlines in the window, {totals.Exceptions} open exceptions, {totals.StaleInputs} stale inputs");
            }

            var failures = list.Failures.Select(f => f.Failure).ToHashSet();
            if (failures.Contains(DealOutcome.InternalError)) return CommandRunner.InternalError;
            if (failures.Contains(DealOutcome.InputOutputError)) return CommandRunner.InputOutputError;
            return failures.Count > 0 ? CommandRunner.BadInput : CommandRunner.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The watch list may replace a file it is pointed at (a calendar is regenerated in place for
    /// its subscribers), but never a folder or a symbolic link, and only in a folder that exists.
    /// </summary>
    private static string? TargetProblem(string file)
    {
        if (Directory.Exists(file)) return "is a folder (expected a file name)";
        if (new FileInfo(file).LinkTarget is not null) return "is a symbolic link (expected a plain file)";
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        return Directory.Exists(folder) ? null : $"the folder {folder} does not exist";
    }

    /// <summary>Written beside the target and moved into place when complete, so a reader never sees half a file.</summary>
    private static void WriteFile(string file, byte[] bytes, string what)
    {
        var full = Path.GetFullPath(file);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        CommandRunner.Wrote($"{what} {file}");
    }
}
