using Hangfire;
using Hangfire.Server;
using NodaTime;
using NodaTime.Text;
using Reporting.Archive.Lifecycle;
using Reporting.Cycle;
using Reporting.Cycle.Book;

namespace Reporting.Cli.Queue;

/// <summary>
/// One deal and month, taken from the queue by a worker: the deal's run exactly as a book run makes
/// it (<see cref="BookRunner.RunDeal"/>: checks, run lock, stage, archive, move into place), archived
/// into the shared archive. Running it twice is harmless: the archive adds a version only when the
/// inputs or outputs differ from the latest version's, and decides that under the deal-period lock.
/// </summary>
/// <remarks>
/// Bad input and a refused run folder fail the job at once (a retry would fail the same way); any
/// other failure is retried three times, after 10 s, 1 min and 5 min. A worker that dies mid-job
/// leaves the job to another worker once its invisibility timeout has passed (<see cref="JobQueue"/>).
/// </remarks>
[Queue(JobQueue.Name)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300], ExceptOn = [typeof(DealFailedException)], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class DealMonthJob
{
    private readonly WorkerContext? _context;

    internal DealMonthJob(WorkerContext context) => _context = context;

    /// <param name="dealFolder">The deal folder as every worker sees it (an absolute path on the shared file system).</param>
    /// <param name="period">The month, yyyy-mm.</param>
    /// <param name="perform">Filled in by Hangfire when the job runs (null when enqueued).</param>
    /// <returns>What became of the deal-month, kept with the job's Succeeded state.</returns>
    public string Run(string dealFolder, string period, PerformContext? perform)
    {
        var context = _context ?? throw new InvalidOperationException("a deal-month job runs only in a reporting worker");
        var job = perform?.BackgroundJob.Id ?? "?";
        var month = YearMonthPattern.Iso.Parse(period).GetValueOrThrow();
        var started = InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant());
        context.Say($"job {job}: {dealFolder} {period}: started");
        var request = new BookRequest([dealFolder], month, context.TemplatesFolder, context.OutputRoot, 1, context.ArchiveFolder);
        var runner = new BookRunner(request, (manifest, staging, deal) =>
        {
            var metadata = new RunMetadata(context.Preparer, Environment.MachineName, EngineVersion.Current, EngineVersion.SourceRevision,
                started, InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant()));
            var archived = context.Store.Add(staging, deal, context.TemplatesFolder, metadata);
            return new ArchiveOutcome(archived.Version, archived.IsNew, archived.Path);
        });
        var outcome = runner.RunDeal(dealFolder, context.Renderer);
        if (!outcome.Succeeded)
        {
            // The job's arguments name the deal and month; the message says what went wrong.
            var message = $"{outcome.Failure}: {string.Join("; ", outcome.Errors)}";
            context.Say($"job {job}: {dealFolder} {period}: {message}");
            if (outcome.Failure is DealOutcome.BadInput or DealOutcome.Refused) throw new DealFailedException(message);
            throw new DealRetryException(message);
        }
        var archive = outcome.Archived is { } a
            ? $"archive version {a.Version}{(a.IsNew ? " (new)" : " (already archived: same inputs and outputs)")}"
            : "not archived";
        var result = $"{outcome.DealId} {period}: {outcome.Documents} documents, {outcome.Pages} pages, {outcome.Workbooks} workbooks; {archive}";
        context.Say($"job {job}: {result}");
        return result;
    }
}
