namespace Reporting.Archive.Lifecycle;

/// <summary>
/// Who made a run, where, with what, and when (wall-clock UTC, ISO 8601): recorded in the run's
/// chain entry, never in a document, whose dates are the contract's.
/// </summary>
public sealed record RunMetadata(string Preparer, string Host, string EngineVersion, string SourceRevision, string StartedAt, string FinishedAt)
{
    public static RunMetadata Unknown(string why) => new(why, "unknown", "unknown", "unknown", "unknown", "unknown");
}
