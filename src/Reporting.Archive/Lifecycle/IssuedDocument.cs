namespace Reporting.Archive.Lifecycle;

/// <summary>The outcome of an issue: the folder it is archived in, its record, and the exact bytes to send.</summary>
public sealed record IssuedDocument(string Folder, IssueRecord Record, byte[] Sent, string ChainHead);
