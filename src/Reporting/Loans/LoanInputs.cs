using Reporting.RunFormat;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Loans;

/// <summary>Everything the optional purchase engine judges, loaded and checked: the rules, the purchases and the loan tape.</summary>
public sealed record LoanInputs(OptionalPurchaseRules Rules, IReadOnlyList<Purchase> Purchases, LoanTape Tape)
{
    /// <summary>Loads the files from the deal's folder.</summary>
    public static LoanInputs Load(DealTerms deal) => Load(deal, new InputFileReader(new InputFolder(deal.Folder)));

    /// <summary>
    /// Loads <c>purchases.csv</c> and <c>loans.csv</c> through <paramref name="files"/>. Every
    /// file but the terms file is optional (INPUTS.md): no purchases file, no purchases; no tape,
    /// no loans. Every error of both files is thrown together.
    /// </summary>
    public static LoanInputs Load(DealTerms deal, InputFileReader files)
    {
        if (deal.OptionalPurchase is not { } terms)
        {
            throw new InputException(new Diagnostic(DealLoader.TermsFileName, 0, 0, null,
                "the deal has no optional_purchase section (the terms of the Master Servicer's optional purchase of defaulted loans)"));
        }
        var errors = new InputErrors();
        var purchases = files.Read(terms.PurchasesFile, errors, (text, name, e) =>
        {
            var (read, loanIdColumn) = PurchasesCsv.Read(text, name, e);
            return new PurchasesFile(read, loanIdColumn);
        });
        var tape = files.Read(terms.LoansFile, errors, LoanTape.Read) ?? LoanTape.Empty;

        var taped = tape.Loans.Select(l => l.LoanId).ToHashSet(StringComparer.Ordinal);
        foreach (var purchase in (purchases?.Purchases ?? []).Where(p => !taped.Contains(p.LoanId)).OrderBy(p => p.Line))
        {
            errors.Add(terms.PurchasesFile, purchase.Line, purchases!.LoanIdColumn, $"column {PurchasesCsv.LoanId}",
                $"loan {purchase.LoanId} is not in {terms.LoansFile} (a purchase must be of a loan on the tapes)");
        }
        errors.ThrowIfAny();
        return new LoanInputs(OptionalPurchaseRules.For(terms, deal.Interpretations), purchases?.Purchases ?? Array.Empty<Purchase>(), tape);
    }

    /// <summary>The purchases file as read, with the column of loan_id for errors found later.</summary>
    private sealed record PurchasesFile(IReadOnlyList<Purchase> Purchases, int LoanIdColumn);
}
