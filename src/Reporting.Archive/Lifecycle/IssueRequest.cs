namespace Reporting.Archive.Lifecycle;

/// <summary>What the person issuing a document states: to whom, how, when, and what it amends and why.</summary>
/// <param name="SentAt">ISO 8601 with offset, e.g. 2007-08-27T10:15:00-04:00.</param>
public sealed record IssueRequest(string Recipient, string Channel, string SentAt, string? Amends = null, string? Reason = null);
