namespace Reporting.Cycle.Book;

/// <summary>The totals of a book run and every deal's outcome, in the book's order.</summary>
public sealed record BookSummary(
    string Period,
    int Deals,
    int Succeeded,
    int Failed,
    int Documents,
    int Workbooks,
    int Pages,
    int Exceptions,
    double Seconds,
    IReadOnlyList<DealOutcome> Outcomes)
{
    public static BookSummary From(string period, IReadOnlyList<DealOutcome> outcomes, double seconds) => new(
        period,
        outcomes.Count,
        outcomes.Count(o => o.Succeeded),
        outcomes.Count(o => !o.Succeeded),
        outcomes.Sum(o => o.Documents),
        outcomes.Sum(o => o.Workbooks),
        outcomes.Sum(o => o.Pages),
        outcomes.Sum(o => o.Exceptions),
        Math.Round(seconds, 3),
        outcomes);
}
