using System.CommandLine;
using System.Runtime.InteropServices;
using Hangfire;
using Reporting.Archive.Store;
using Reporting.Cli.Queue;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting worker --queue DB --archive DIR [--workers N]</c>: a worker process that takes
/// deal-month jobs from the shared queue, runs and archives each, until stopped (SIGTERM or Ctrl+C:
/// jobs in progress finish first). Any number of workers on any number of machines may share one
/// queue, archive folder (a shared file system) and index database.
/// </summary>
internal static class WorkerCommand
{
    public static Command Build()
    {
        var queue = JobQueue.Option();
        var archive = new Option<string>("--archive")
        {
            Description = "The archive folder, on storage every worker reaches (a shared file system)",
            DefaultValueFactory = _ => "archive",
        };
        var indexDb = CommonOptions.IndexDbOption();
        var workers = new Option<int?>("--workers") { Description = "How many jobs this process runs at once (default: one per core)" };
        var output = new Option<string>("--out") { Description = "Root of the run folders, OUT/DEAL-ID/YYYY-MM (default output/)", DefaultValueFactory = _ => "output" };
        var templates = new Option<string?>("--templates") { Description = "Templates folder (default: templates/ of this repository)" };
        var preparer = new Option<string?>("--preparer") { Description = "Who prepares the runs (default: $REPORTING_USER, else the login name); recorded in the archive" };
        var invisibility = new Option<int?>("--invisibility-timeout")
        {
            Description = $"Seconds after which a job whose worker stopped renewing it (died) is taken by another worker (default {(int)JobQueue.DefaultInvisibilityTimeout.TotalSeconds})",
        };
        // For tests: the worker stops for good at this step of its first archive add, so a test can kill it mid-job.
        var holdAt = new Option<ArchiveStep?>("--hold-at") { Hidden = true };
        var command = new Command("worker", "Take deal-month jobs from the shared queue, run and archive each (any number of workers, on any machine)")
            { queue, archive, indexDb, workers, output, templates, preparer, invisibility, holdAt };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var count = parse.GetValue(workers) ?? Environment.ProcessorCount;
            if (count < 1) throw new UsageException("--workers must be at least 1");
            if (parse.GetValue(invisibility) is < 1) throw new UsageException("--invisibility-timeout must be at least 1 second");
            var connection = JobQueue.ConnectionString(parse.GetValue(queue));
            var timeout = parse.GetValue(invisibility) is { } seconds ? TimeSpan.FromSeconds(seconds) : JobQueue.DefaultInvisibilityTimeout;
            var templatesFolder = parse.GetValue(templates) ?? RepositoryPaths.Templates();
            var archiveFolder = Path.GetFullPath(parse.GetValue(archive)!);
            var options = CommonOptions.StoreOptions(parse.GetValue(indexDb));
            using var context = new WorkerContext(templatesFolder, Path.GetFullPath(parse.GetValue(output)!), archiveFolder,
                ArchiveStore.Open(archiveFolder, options with { OnStep = Hold(parse.GetValue(holdAt)) }), RunCommand.Preparer(parse.GetValue(preparer)));

            var storage = JobQueue.Use(connection, timeout);
            GlobalConfiguration.Configuration.UseActivator(new WorkerActivator(context));
            using var stop = new ManualResetEventSlim();
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Set(); });
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stop.Set(); });
            var server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = count,
                Queues = [JobQueue.Name],
                // Jobs waiting to be retried are moved back to the queue this often.
                SchedulePollingInterval = TimeSpan.FromSeconds(5),
            }, storage);
            var index = options.Index.Name;
            context.Say($"worker {Environment.MachineName}:{Environment.ProcessId}: {count} at once on queue {JobQueue.Name}; archive {archiveFolder}; index: {index}");
            stop.Wait();
            context.Say("stopping: jobs in progress finish first");
            server.SendStop();
            server.Dispose();
            context.Say("stopped");
            return CommandRunner.Ok;
        }));
        return command;
    }

    private static Action<ArchiveStep>? Hold(ArchiveStep? step) => step is not { } at ? null : reached =>
    {
        if (reached != at) return;
        Console.Out.WriteLine($"holding at {at}");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    };
}
