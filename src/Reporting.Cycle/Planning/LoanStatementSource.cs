using Reporting.Cycle.Models;
using Reporting.Loans;

namespace Reporting.Cycle.Planning;

/// <summary>The statement's optional-purchase section: counts by status and the month's purchases.</summary>
public sealed class LoanStatementSource : IStatementSectionSource
{
    public StatementParts Contribute(RunContext context, StatementParts parts)
    {
        if (context.Loans is null) return parts;
        var statementDate = context.Results.StatementDate;
        var report = context.Results.LoansAtStatementDate!;
        var counts = report.CountsByStatus.Select(c => new StatusCountModel(LoanRowModel.StatusName(c.Status), c.Count)).ToArray();
        var purchases = report.Loans
            .Where(l => l.Purchase is { } p && context.Contains(p.Purchase.PurchaseDate))
            .OrderBy(l => l.Purchase!.Purchase.PurchaseDate)
            .Select(l => new PurchaseModel(l.LoanId, l.Purchase!.Purchase.PurchaseDate, l.Purchase.Purchase.Price,
                l.Purchase.ExceptionReason ?? "within its window",
                l.Purchase.Purchase.Purchaser is { } who ? context.Terms.FindParty(who)?.Name ?? who : null))
            .ToArray();
        foreach (var l in report.Loans.Where(l => l.Status == LoanPurchaseStatus.PurchaseException && l.Purchase is { } p && context.Contains(p.Purchase.PurchaseDate)))
        {
            parts.Exceptions.Add($"Loan {l.LoanId}: purchased {l.Purchase!.Purchase.PurchaseDate:yyyy-MM-dd} outside the terms of {context.Terms.OptionalPurchase?.Section ?? "the optional purchase clause"}: {l.Purchase.ExceptionReason}.");
        }
        foreach (var l in report.Loans.Where(l => l.Purchase is { PriceDifference: { } d } p && d != 0m && context.Contains(p.Purchase.PurchaseDate)))
        {
            var check = l.Purchase!;
            parts.Exceptions.Add($"Loan {l.LoanId}: the price paid on {check.Purchase.PurchaseDate:yyyy-MM-dd}, {check.Purchase.Price:#,##0.00}, differs from the Purchase Price worked out from the tape, {check.ComputedPrice!.Price:#,##0.00}, by {check.PriceDifference:#,##0.00}.");
        }
        return parts with
        {
            Loans = new LoansSection(statementDate, report.LatestTapeDate, counts, purchases,
                context.Terms.OptionalPurchase is { Purchasers.Count: > 1 }),
        };
    }
}
