namespace Reporting.Archive.Index;

/// <summary>
/// A filter on archived documents; null fields do not filter. Text filters are case-insensitive
/// substrings, the hash a prefix of either the archived or the original SHA-256, dates inclusive.
/// </summary>
public sealed record DocumentQuery(
    string? DealId = null,
    string? Period = null,
    int? Version = null,
    string? Kind = null,
    string? HashPrefix = null,
    string? Addressee = null,
    string? TitleContains = null,
    string? DateFrom = null,
    string? DateTo = null);
