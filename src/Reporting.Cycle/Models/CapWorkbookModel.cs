namespace Reporting.Cycle.Models;

public sealed record CapWorkbookModel(
    DocumentHeader Document,
    DealModel Deal,
    string Author,
    string RateName,
    decimal? CeilingPercent,
    int DayCountBasis,
    IReadOnlyList<CapPeriodModel> Periods)
{
    /// <summary>True when Schedule I sets a Ceiling Rate per period: the workbook then has a Ceiling column.</summary>
    public bool CeilingPerPeriod { get; init; }
}
