namespace Reporting.Archive.Index;

/// <summary>A run version's approval as the index holds it: who approved, and the chain entry's hash and recording time.</summary>
public sealed record IndexedApproval(string Path, string Approver, string EntrySha256, string RecordedAt);
