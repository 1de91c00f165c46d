namespace Reporting.Loans;

/// <summary>How many loans have a status, for a report's summary.</summary>
public sealed record StatusCount(LoanPurchaseStatus Status, int Count);
