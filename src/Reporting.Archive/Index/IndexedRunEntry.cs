namespace Reporting.Archive.Index;

/// <summary>A run version's chain entry as the index holds it: who prepared the run, and the entry's hash and recording time.</summary>
public sealed record IndexedRunEntry(string Path, string Preparer, string EntrySha256, string RecordedAt);
