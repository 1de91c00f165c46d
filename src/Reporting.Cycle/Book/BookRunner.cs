using System.Diagnostics;
using System.Text.Json;
using Reporting.Documents.Diagnostics;
using Reporting.RunFormat;
using Reporting.Templating;
using Reporting.Workbooks.Markup;

namespace Reporting.Cycle.Book;

/// <summary>
/// Runs the monthly cycle for every deal of a book in one process: a fixed number of worker
/// threads take deals in the book's order, each with one renderer (fonts loaded and templates
/// parsed once) reused for every deal it runs. A deal that fails is recorded with all its errors
/// and the others go on.
/// </summary>
public sealed class BookRunner
{
    /// <summary>
    /// Archives one deal's complete run from its staging folder, before it is moved into place (as a
    /// single-deal run does); called from worker threads, possibly at once.
    /// </summary>
    public delegate ArchiveOutcome Archiver(RunManifest manifest, string stagingFolder, string dealFolder);

    private readonly BookRequest _request;
    private readonly Archiver? _archive;

    public BookRunner(BookRequest request, Archiver? archive)
    {
        _request = request;
        _archive = archive;
    }

    /// <summary>Where the time of every deal run so far went (for <c>bench book</c>).</summary>
    public BookPhaseTimes Phases { get; } = new();

    /// <param name="onDealDone">Called as each deal finishes (from its worker thread; the caller serialises if it must).</param>
    public BookSummary Run(Action<DealOutcome>? onDealDone = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var deals = _request.DealFolders;
        var outcomes = new DealOutcome[deals.Count];
        var next = -1;
        var workers = Enumerable.Range(0, Math.Clamp(_request.Parallelism, 1, Math.Max(1, deals.Count))).Select(_ => new Thread(() =>
        {
            // One renderer per thread: a FontSet and its parsed templates are not thread-safe, and are reused deal after deal.
            using var renderer = new TemplateOutputRenderer(_request.TemplatesFolder);
            for (var i = Interlocked.Increment(ref next); i < deals.Count; i = Interlocked.Increment(ref next))
            {
                outcomes[i] = RunDeal(deals[i], renderer);
                onDealDone?.Invoke(outcomes[i]);
            }
        }) { IsBackground = true, Name = "book-worker" }).ToList();
        foreach (var worker in workers) worker.Start();
        foreach (var worker in workers) worker.Join();
        return BookSummary.From(Period, outcomes, stopwatch.Elapsed.TotalSeconds);
    }

    private string Period => $"{_request.Period.Year:D4}-{_request.Period.Month:D2}";

    /// <summary>
    /// One deal of the book with a renderer the caller keeps (a worker thread's): prepared, checked,
    /// rendered, archived and moved into place, or failed with every error. A queue worker runs each
    /// deal-month job through here, so a job and a book run write and archive a deal the same way.
    /// </summary>
    public DealOutcome RunDeal(string dealFolder, TemplateOutputRenderer renderer)
    {
        var stopwatch = Stopwatch.StartNew();
        string? dealId = null;
        string? runFolder = null;
        try
        {
            var phase = Stopwatch.GetTimestamp();
            var context = MonthlyCycle.Prepare(new RunRequest(dealFolder, _request.Period, _request.TemplatesFolder, ""));
            Phases.AddLoad(Stopwatch.GetTimestamp() - phase);
            dealId = context.Terms.Info.Id;
            runFolder = Path.Combine(_request.OutputRoot, dealId, Period);
            // The same checks, lock and stage -> archive -> move order as a single deal's run (DealRun).
            if (DealRun.TargetProblem(runFolder, "the run folder", _request.ArchiveFolder, dealFolder, _request.TemplatesFolder) is { } problem)
                throw new DealRefusedException(problem);
            context = context with { Request = context.Request with { OutputFolder = runFolder } };
            phase = Stopwatch.GetTimestamp();
            var outputs = MonthlyCycle.Plan(context);
            Phases.AddPlan(Stopwatch.GetTimestamp() - phase);
            ArchiveOutcome? archived = null;
            long archiving = 0;
            phase = Stopwatch.GetTimestamp();
            var manifest = DealRun.Write(context, outputs, renderer,
                _archive is null ? null : (staging, written) =>
                {
                    var started = Stopwatch.GetTimestamp();
                    archived = _archive(written, staging, dealFolder);
                    archiving = Stopwatch.GetTimestamp() - started;
                });
            Phases.AddRender(Stopwatch.GetTimestamp() - phase - archiving);
            Phases.AddArchive(archiving);
            return new DealOutcome(dealFolder, dealId, runFolder,
                manifest.Outputs.Count(o => o.IsPdf), manifest.Outputs.Count(o => !o.IsPdf), manifest.Outputs.Sum(o => o.Pages ?? 0),
                ExceptionsOf(outputs), archived, null, [], Math.Round(stopwatch.Elapsed.TotalSeconds, 3));
        }
        catch (InputException e)
        {
            return Failed(DealOutcome.BadInput, e.Errors.Select(d => d.ToString()).ToList());
        }
        catch (Exception e) when (e is DocumentError or WorkbookMarkupException or TemplateException)
        {
            return Failed(DealOutcome.BadInput, [e.Message]);
        }
        catch (Exception e) when (e is DealRefusedException or OutputFolderException)
        {
            return Failed(DealOutcome.Refused, [e.Message]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, no permission: not a defect, not the input's fault; staging was removed.
            return Failed(DealOutcome.InputOutputError, [$"cannot read or write a file: {e.Message}"]);
        }
        catch (Exception e)
        {
            // A defect of ours, not of this deal's input: reported against the deal, and the book goes on.
            return Failed(DealOutcome.InternalError, [$"internal error: {e.GetType().Name}: {e.Message}"]);
        }

        DealOutcome Failed(string kind, IReadOnlyList<string> errors) =>
            new(dealFolder, dealId, null, 0, 0, 0, 0, null, kind, errors, Math.Round(stopwatch.Elapsed.TotalSeconds, 3));
    }

    /// <summary>The exceptions the month's trustee statement lists (the desk's to-do list for the deal).</summary>
    private static int ExceptionsOf(IReadOnlyList<PlannedOutput> outputs) => outputs
        .Where(o => o.Kind == "trustee-statement" && o.Model.ValueKind == JsonValueKind.Object)
        .Select(o => o.Model.TryGetProperty("exceptions", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0)
        .Sum();
}

/// <summary>A deal's run folder or the archive is one the run may not write to; nothing was written for the deal.</summary>
public sealed class DealRefusedException(string message) : Exception(message);
