using System.Diagnostics;

namespace Reporting.Cycle.Book;

/// <summary>
/// Where a book run's time went, summed over every deal and worker thread: loading the inputs,
/// planning the documents, rendering and writing the run folder, and archiving it. A benchmark
/// figure (thread-seconds, so with two workers they add up to about twice the wall time), never
/// part of a result.
/// </summary>
public sealed class BookPhaseTimes
{
    private long _load;
    private long _plan;
    private long _render;
    private long _archive;

    public double LoadSeconds => Seconds(_load);
    public double PlanSeconds => Seconds(_plan);
    /// <summary>Rendering every output and writing the run folder, the archive's part excluded.</summary>
    public double RenderSeconds => Seconds(_render);
    public double ArchiveSeconds => Seconds(_archive);

    internal void AddLoad(long ticks) => Interlocked.Add(ref _load, ticks);
    internal void AddPlan(long ticks) => Interlocked.Add(ref _plan, ticks);
    internal void AddRender(long ticks) => Interlocked.Add(ref _render, ticks);
    internal void AddArchive(long ticks) => Interlocked.Add(ref _archive, ticks);

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
