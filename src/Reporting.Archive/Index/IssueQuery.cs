namespace Reporting.Archive.Index;

/// <summary>
/// A filter on issued documents; null fields do not filter. Text filters are case-insensitive
/// substrings, the hash a prefix of the SHA-256 as sent or as archived, dates inclusive, and
/// <see cref="State"/> <c>latest</c> (no amendment supersedes it) or <c>superseded</c>.
/// </summary>
public sealed record IssueQuery(
    string? DealId = null,
    string? Period = null,
    string? Kind = null,
    string? Reference = null,
    string? HashPrefix = null,
    string? Addressee = null,
    string? Recipient = null,
    string? TitleContains = null,
    string? DateFrom = null,
    string? DateTo = null,
    string? State = null)
{
    public static readonly string[] States = ["latest", "superseded"];
}
