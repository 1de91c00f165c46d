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

        // Every file but the terms file is optional (INPUTS.md): no purchases file, no purchases.
        IReadOnlyList<Purchase> purchases = Array.Empty<Purchase>();
        int loanIdColumn = 0;
        var purchasesPath = deal.InputPath(terms.PurchasesFile);
        if (File.Exists(purchasesPath))
            (purchases, loanIdColumn) = PurchasesCsv.Read(purchasesPath, terms.PurchasesFile, errors);

        var fold = new OptionalPurchaseFold(rules, asOf, purchases);
        var loansPath = deal.InputPath(terms.LoansFile);
        if (File.Exists(loansPath)) LoanTapeCsv.Read(loansPath, terms.LoansFile, errors, fold.Add);

        foreach (var purchase in fold.PurchasesOfUnknownLoans())
        {
            errors.Add(terms.PurchasesFile, purchase.Line, loanIdColumn, $"column {PurchasesCsv.LoanId}",
                $"loan {purchase.LoanId} is not in {terms.LoansFile} (a purchase must be of a loan on the tapes)");
        }
        errors.ThrowIfAny();
        return fold.Complete();
    }
}
