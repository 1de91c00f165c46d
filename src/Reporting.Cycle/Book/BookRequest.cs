using NodaTime;

namespace Reporting.Cycle.Book;

/// <summary>One month of a whole book.</summary>
/// <param name="OutputRoot">Each deal's run folder is <c>OutputRoot/DEAL-ID/YYYY-MM</c>.</param>
/// <param name="ArchiveFolder">Where the runs are archived (checked, like each run folder, to lie outside the deal and templates folders).</param>
/// <param name="Parallelism">How many deals run at once (each with its own renderer, reused from deal to deal).</param>
public sealed record BookRequest(
    IReadOnlyList<string> DealFolders,
    YearMonth Period,
    string TemplatesFolder,
    string OutputRoot,
    int Parallelism,
    string ArchiveFolder = "archive");
