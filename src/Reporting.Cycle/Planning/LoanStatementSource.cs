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
        var report = context.Results.Loans!;
        var counts = report.CountsByStatus.Select(c => new StatusCountModel(LoanRowModel.StatusName(c.Status), c.Count)).ToArray();
        var purchases = report.Loans
            .Where(l => l.Purchase is { } p && context.Contains(p.Purchase.PurchaseDate))
            .OrderBy(l => l.Purchase!.Purchase.PurchaseDate)
            .Select(LoanRowModel.From)
            .ToArray();
        PurchaserModel[] purchasers = context.Terms.OptionalPurchase is { Purchasers.Count: > 1 } several
            ? several.Purchasers.Select(p => new PurchaserModel(p.Party, context.Terms.FindParty(p.Party)?.Name ?? p.Party, p.ExclusiveDays)).ToArray()
            : [];
        foreach (var l in report.Loans.Where(l => l.Status == LoanPurchaseStatus.PurchaseException && l.Purchase is { } p && context.Contains(p.Purchase.PurchaseDate)))
        {
            parts.Exceptions.Add(new PurchaseOutsideTermsException(context.Terms.OptionalPurchase is { } clause ? clause.Reference ?? clause.Section : null, LoanRowModel.From(l), purchasers));
        }
        foreach (var l in report.Loans.Where(l => l.Purchase is { PriceDifference: { } d } p && d != 0m && context.Contains(p.Purchase.PurchaseDate)))
        {
            var check = l.Purchase!;
            parts.Exceptions.Add(new PurchasePriceException(l.LoanId, check.Purchase.PurchaseDate, check.Purchase.Price, check.ComputedPrice!.Price, check.PriceDifference!.Value));
        }
        return parts with
        {
            Loans = new LoansSection(statementDate, report.LatestTapeDate, counts, purchases, purchasers),
        };
    }
}
