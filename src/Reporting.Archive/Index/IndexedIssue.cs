namespace Reporting.Archive.Index;

/// <summary>
/// An issued document as the index holds it: its record (what was sent, to whom, how, when, what it
/// amends), the hash and recording time of its chain entry, and the amendment that superseded it.
/// </summary>
/// <param name="Path">The issue folder, relative to the archive root (<c>issued/DEAL/YYYY-MM/iNNNN</c>).</param>
/// <param name="SupersededBy">The issue folder of the amendment that superseded this one; null for the latest.</param>
public sealed record IndexedIssue(string Path, Lifecycle.IssueRecord Record, string EntrySha256, string RecordedAt, string? SupersededBy)
{
    public string State => SupersededBy is null ? "latest" : "superseded";

    public string DocumentPath => Path + "/" + Record.Document;
}
