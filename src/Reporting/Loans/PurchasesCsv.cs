using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Loans;

/// <summary>
/// Loads <c>purchases.csv</c> (INPUTS.md): the optional purchases the Master Servicer made. A
/// loan can be purchased from the trust once, so a second row for a loan is an error.
/// </summary>
public static class PurchasesCsv
{
    public const string LoanId = "loan_id";
    public const string PurchaseDate = "purchase_date";
    public const string Price = "price";

    /// <summary>Optional: the party key of the purchaser; required when the deal names several.</summary>
    public const string Purchaser = "purchaser";

    private static readonly string[] _columns = { LoanId, PurchaseDate, Price };
    private static readonly string[] _optionalColumns = { Purchaser };

    /// <returns>The valid purchases, and the column of loan_id for errors found later (a loan no tape names).</returns>
    public static (IReadOnlyList<Purchase> Purchases, int LoanIdColumn) Read(TextReader text, string displayName, InputErrors errors)
    {
        var purchases = new List<Purchase>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int loanIdColumn = 0;
        CsvInput.Read(text, displayName, _columns, _optionalColumns, errors, row =>
        {
            loanIdColumn = row.ColumnNumber(LoanId);
            var loanId = row.RequiredText(LoanId);
            var date = row.Date(PurchaseDate);
            var price = row.Decimal(Price);
            string? purchaser = row.Has(Purchaser) ? row.RequiredText(Purchaser) : null;
            if (!row.HasErrors && price <= 0m) row.Error(Price, $"'{row.Text(Price)}' is not a positive amount (expected the price paid in USD)");
            if (row.HasErrors) return;
            if (lineOf.TryGetValue(loanId, out var earlier))
            {
                row.Error(LoanId, $"loan {loanId} was already purchased at line {earlier} (a loan can be purchased once)");
                return;
            }
            lineOf[loanId] = row.Line;
            purchases.Add(new Purchase(loanId, date, price, row.Line, purchaser, purchaser is null ? 0 : row.ColumnNumber(Purchaser)));
        });
        return (purchases, loanIdColumn);
    }
}
