using NodaTime;

namespace Reporting.Loans;

/// <summary>An optional purchase a holder of the option made (a row of <c>purchases.csv</c>).</summary>
/// <param name="Line">The line of <c>purchases.csv</c> it came from, so a report can point at it.</param>
/// <param name="Purchaser">The party key of the purchaser (the file's <c>purchaser</c> column, else the deal's one purchaser).</param>
/// <param name="PurchaserColumn">The column of <c>purchaser</c> in the file, for errors found later; 0 when the file has none.</param>
public sealed record Purchase(string LoanId, LocalDate PurchaseDate, decimal Price, int Line, string? Purchaser = null, int PurchaserColumn = 0);
