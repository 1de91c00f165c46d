namespace Reporting.Cycle.Models;

public sealed record CapWorkbookModel(
    DocumentHeader Document,
    DealModel Deal,
    string Author,
    string RateName,
    decimal? CeilingPercent,
    int DayCountBasis,
    IReadOnlyList<CapPeriodModel> Periods);
