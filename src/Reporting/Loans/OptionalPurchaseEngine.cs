using NodaTime;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Loans;

/// <summary>
/// Entry point of the optional purchase engine: loads a deal's purchases, streams its loan tape
/// through an <see cref="OptionalPurchaseFold"/>, and returns every loan's status on a date.
/// </summary>
public static class OptionalPurchaseEngine
{
    /// <summary>
    /// The status of every loan of <paramref name="deal"/> on <paramref name="asOf"/>. Bad input
    /// (in either file) throws an <see cref="InputException"/> carrying every error.
    /// </summary>
    public static OptionalPurchaseReport Run(DealTerms deal, LocalDate asOf)
    {
        if (deal.OptionalPurchase is not { } terms)
        {
            throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null,
                "the deal has no optional_purchase section (the terms of the Master Servicer's optional purchase of defaulted loans)"));
        }
        var rules = OptionalPurchaseRules.For(terms, deal.Interpretations);
        var errors = new InputErrors();

        // Both files must be there: a purchases file with only its header says "no purchases";
        // a missing one is an error, never read as "none".
        IReadOnlyList<Purchase> purchases = Array.Empty<Purchase>();
        int loanIdColumn = 0;
        var purchasesPath = DealInputFiles.Require(deal, terms.PurchasesFile, "optional_purchase.purchases_file", errors);
        if (purchasesPath is not null)
            (purchases, loanIdColumn) = PurchasesCsv.Read(purchasesPath, terms.PurchasesFile, errors);

        var fold = new OptionalPurchaseFold(rules, asOf, purchases);
        var loansPath = DealInputFiles.Require(deal, terms.LoansFile, "optional_purchase.loans_file", errors);
        if (loansPath is not null)
        {
            int before = errors.Count;
            long rows = LoanTapeCsv.Read(loansPath, terms.LoansFile, errors, fold.Add);
            if (rows == 0 && errors.Count == before)
                errors.Add(terms.LoansFile, 0, 0, null, "has no loan rows (expected at least one loan's monthly row under the header)");
        }

        foreach (var purchase in fold.PurchasesOfUnknownLoans())
        {
            errors.Add(terms.PurchasesFile, purchase.Line, loanIdColumn, $"column {PurchasesCsv.LoanId}",
                $"loan {purchase.LoanId} is not in {terms.LoansFile} (a purchase must be of a loan on the tapes)");
        }
        errors.ThrowIfAny();
        return fold.Complete();
    }
}
