using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;
using Reporting.Cycle;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting run DEAL --period YYYY-MM [--out DIR]</c>: the monthly cycle.</summary>
internal static class RunCommand
{
    public static Command Build()
    {
        var deal = CommonOptions.DealArgument();
        var period = new Option<YearMonth?>("--period")
        {
            Description = "The month to run (yyyy-mm)",
            Required = true,
            CustomParser = ParseMonth,
        };
        var output = new Option<string?>("--out") { Description = "Run folder (default output/DEAL-ID/YYYY-MM)" };
        var templates = new Option<string?>("--templates") { Description = "Templates folder (default: templates/ of this repository)" };
        var archive = new Option<string>("--archive")
        {
            Description = "Archive the run into this folder (append-only; default archive/ in the working directory)",
            DefaultValueFactory = _ => "archive",
        };

        var json = CommonOptions.JsonOption();
        json.Description = "Book runs: write the summary as one JSON document to stdout (progress goes to stderr)";
        var parallel = new Option<int?>("--parallel") { Description = "Book runs: how many deals run at once (default: one per core)" };
        deal.Description = "The deal folder, or a book: a folder of deal folders or a file listing them, one a line";
        var preparer = new Option<string?>("--preparer") { Description = "Who prepares the run (default: $REPORTING_USER, else the login name); recorded in the archive" };

        var indexDb = CommonOptions.IndexDbOption();
        var command = new Command("run", "The monthly cycle: every document and workbook due in the month, as drafts, with a manifest; for one deal or a whole book")
            { deal, period, output, templates, archive, indexDb, json, parallel, preparer };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var started = SystemClock.Instance.GetCurrentInstant();
            var dealFolder = parse.GetValue(deal)!;
            var month = parse.GetValue(period)!.Value;
            var templatesFolder = parse.GetValue(templates) ?? RepositoryPaths.Templates();
            var archiveFolder = parse.GetValue(archive)!;
            var explicitOut = parse.GetValue(output);
            if (parse.GetValue(parallel) is < 1) throw new UsageException("--parallel must be at least 1");
            if (BookDeals.IsBook(dealFolder))
            {
                // A book: --out is the root under which each deal's DEAL-ID/YYYY-MM run folder goes.
                return BookRunCommand.Execute(dealFolder, month, templatesFolder, explicitOut, archiveFolder,
                    parse.GetValue(parallel), parse.GetValue(json), CommonOptions.StoreOptions(parse.GetValue(indexDb)));
            }
            if (parse.GetValue(json)) throw new UsageException("--json is for a book run; a single deal's run prints its outputs");

            // Everything is checked before anything is written: the inputs, then the target folder.
            // The default run folder is named after the deal's id, known once the deal is loaded
            // (loading reads each input once; the terms are not read a second time for the name).
            var prepared = MonthlyCycle.Prepare(new RunRequest(dealFolder, month, templatesFolder, explicitOut ?? ""));
            var id = prepared.Terms.Info.Id;
            var outFolder = explicitOut ?? Path.Combine("output", id, $"{month.Year:D4}-{month.Month:D2}");
            if (DealRun.TargetProblem(outFolder, explicitOut is null ? "the output folder" : "--out", archiveFolder, dealFolder, templatesFolder) is { } problem)
                throw new UsageException($"{problem} Nothing was written.");
            var context = prepared with { Request = prepared.Request with { OutputFolder = outFolder } };

            // One run of a deal and month at a time, from rendering until archived and in place.
            ArchivedRun? archived = null;
            RunMetadata? metadata = null;
            using var renderer = new TemplateOutputRenderer(templatesFolder);
            var manifest = DealRun.Write(context, MonthlyCycle.Plan(context), renderer, (staging, _) =>
            {
                var store = ArchiveStore.Open(archiveFolder, CommonOptions.StoreOptions(parse.GetValue(indexDb)) with
                {
                    OnStep = step => { if (step == ArchiveStep.MovedIntoPlace) CommandRunner.Wrote($"a new version in the archive {archiveFolder}"); },
                });
                metadata = new RunMetadata(Preparer(parse.GetValue(preparer)), Environment.MachineName, EngineVersion.Current, EngineVersion.SourceRevision,
                    InstantPattern.ExtendedIso.Format(started), InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant()));
                archived = store.Add(staging, dealFolder, templatesFolder, metadata);
            }, () => Console.Error.WriteLine($"Waiting for another run of {id} {context.Period} to finish..."));
            Console.Out.WriteLine($"{manifest.DealName}, {manifest.Period}: {manifest.Outputs.Count} outputs in {outFolder}");
            Console.Out.WriteLine(archived!.IsNew
                ? $"Archived as version {archived.Version} in {archived.Path}\n  a DRAFT prepared by {metadata!.Preparer}, to be approved by someone else before issue"
                : $"Same inputs and outputs as archived version {archived.Version} ({archived.Path}); nothing new archived");
            foreach (var o in manifest.Outputs)
            {
                Console.Out.WriteLine($"  {o.DocumentDate:yyyy-MM-dd}  {o.Path}  ({o.Kind}{(o.Pages is { } p ? $", {p} {(p == 1 ? "page" : "pages")}" : "")}) to {o.Addressee}");
            }
            // The run summary lists the statement's exceptions and what keeps a letter from going out as the notice clause requires.
            var noticeExceptions = Reporting.Cycle.Planning.NoticeEngine.ExceptionsOf(prepared.Terms, manifest.Outputs.Select(o => o.Kind));
            foreach (var exception in RunSummaryExceptions.Read(outFolder, templatesFolder, noticeExceptions))
                Console.Out.WriteLine($"  exception: {exception}");
            return CommandRunner.Ok;
        }));
        return command;
    }

    /// <summary>The preparer named on the command line, else $REPORTING_USER, else the login name.</summary>
    internal static string Preparer(string? given) =>
        !string.IsNullOrWhiteSpace(given) ? given.Trim()
        : Environment.GetEnvironmentVariable("REPORTING_USER") is { Length: > 0 } user ? user.Trim()
        : Environment.UserName;

    internal static YearMonth? ParseMonth(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var parsed = YearMonthPattern.Iso.Parse(text);
        if (parsed.Success && Reporting.Inputs.SupportedRange.Contains(parsed.Value)) return parsed.Value;
        result.AddError(parsed.Success
            ? $"--period {Reporting.Inputs.SupportedRange.DateProblem(text)}"
            : $"'{text}' is not a month (expected yyyy-mm)");
        return null;
    }
}
