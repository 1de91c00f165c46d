namespace Reporting.Documents.Model;

/// <summary>
/// The PDF's document information. <see cref="Date"/> becomes both creation and modification date; it
/// comes from the inputs (the template model), never the clock, so the same inputs give the same bytes.
/// </summary>
public sealed record DocumentMetadata(
    string? Title = null,
    string? Author = null,
    string? Subject = null,
    string? Keywords = null,
    string? Creator = null,
    DateTime? Date = null);
