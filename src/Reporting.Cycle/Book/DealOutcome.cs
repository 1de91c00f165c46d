namespace Reporting.Cycle.Book;

/// <summary>How one deal of a book run went.</summary>
/// <param name="DealId">The deal's id, or null when its terms could not be read.</param>
/// <param name="Failure">Null on success; otherwise <c>bad-input</c>, <c>refused</c>, <c>io-error</c> or <c>internal-error</c>.</param>
/// <param name="Errors">Every error of the deal, one line each (<c>file:line:column: field: message</c>).</param>
/// <param name="Archived">The archive version the run is in, when it was archived.</param>
public sealed record DealOutcome(
    string DealFolder,
    string? DealId,
    string? RunFolder,
    int Documents,
    int Workbooks,
    int Pages,
    int Exceptions,
    ArchiveOutcome? Archived,
    string? Failure,
    IReadOnlyList<string> Errors,
    double Seconds)
{
    public const string BadInput = "bad-input";
    public const string InternalError = "internal-error";
    public const string InputOutputError = "io-error";
    /// <summary>The deal's run folder (or the archive) is one a run may not write to.</summary>
    public const string Refused = "refused";

    public bool Succeeded => Failure is null;
}

/// <summary>Where a deal's run went in the archive: its version, and whether that version is new.</summary>
public sealed record ArchiveOutcome(int Version, bool IsNew, string Path);
