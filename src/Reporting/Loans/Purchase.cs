using NodaTime;

namespace Reporting.Loans;

/// <summary>An optional purchase the Master Servicer made (a row of <c>purchases.csv</c>).</summary>
/// <param name="Line">The line of <c>purchases.csv</c> it came from, so a report can point at it.</param>
public sealed record Purchase(string LoanId, LocalDate PurchaseDate, decimal Price, int Line);
