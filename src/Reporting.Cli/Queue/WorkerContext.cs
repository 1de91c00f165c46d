using Reporting.Archive.Store;
using Reporting.Cycle;

namespace Reporting.Cli.Queue;

/// <summary>What every job a worker process runs shares: where runs go, the archive, and one renderer per worker thread.</summary>
/// <param name="OutputRoot">Each deal's run folder is <c>OutputRoot/DEAL-ID/YYYY-MM</c>, as in a book run.</param>
/// <param name="Store">The archive, opened once (its pending adds recovered) with the index database the worker was given.</param>
/// <param name="Preparer">Who prepares the runs (recorded in each run's chain entry).</param>
internal sealed class WorkerContext(string templatesFolder, string outputRoot, string archiveFolder, ArchiveStore store, string preparer) : IDisposable
{
    // A FontSet and its parsed templates are not thread-safe: one renderer per Hangfire worker thread, reused job after job.
    private readonly ThreadLocal<TemplateOutputRenderer> _renderers = new(() => new TemplateOutputRenderer(templatesFolder), trackAllValues: true);
    private readonly Lock _console = new();

    public string TemplatesFolder => templatesFolder;

    public string OutputRoot => outputRoot;

    public string ArchiveFolder => archiveFolder;

    public ArchiveStore Store => store;

    public string Preparer => preparer;

    /// <summary>This thread's renderer.</summary>
    public TemplateOutputRenderer Renderer => _renderers.Value!;

    /// <summary>One line to stdout, whole, whichever thread writes it.</summary>
    public void Say(string line)
    {
        lock (_console)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }

    public void Dispose()
    {
        foreach (var renderer in _renderers.Values) renderer.Dispose();
        _renderers.Dispose();
    }
}
