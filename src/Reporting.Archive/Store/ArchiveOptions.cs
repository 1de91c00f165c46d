using NodaTime;

namespace Reporting.Archive.Store;

/// <summary>How an archive is opened.</summary>
/// <param name="Clock">When a version was archived (index column <c>archived_at</c> only: never in a hashed file).</param>
/// <param name="LockTimeout">How long to wait for another process's add to finish before giving up.</param>
/// <param name="OnStep">Told of each step of an add; tests throw from it to simulate a kill at that step.</param>
/// <param name="IndexDatabase">Where the index lives: null for the embedded <c>index.sqlite</c>, or a shared PostgreSQL database.</param>
public sealed record ArchiveOptions(IClock Clock, TimeSpan LockTimeout, Action<ArchiveStep>? OnStep = null, Index.IIndexDatabase? IndexDatabase = null)
{
    /// <summary>The index database in use (SQLite unless another was given).</summary>
    public Index.IIndexDatabase Index => IndexDatabase ?? Reporting.Archive.Index.SqliteIndexDatabase.Instance;

    public static ArchiveOptions Default { get; } = new(SystemClock.Instance, TimeSpan.FromMinutes(2));
}
