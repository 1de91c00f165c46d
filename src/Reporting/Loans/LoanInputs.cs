using Reporting.RunFormat;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Loans;

/// <summary>Everything the optional purchase engine judges, loaded and checked: the rules, the purchases and the loan tape.</summary>
public sealed record LoanInputs(OptionalPurchaseRules Rules, IReadOnlyList<Purchase> Purchases, LoanTape Tape)
{
    /// <summary>Loads the files from the deal's folder.</summary>
    public static LoanInputs Load(DealTerms deal) => Load(deal, new InputFileReader(new InputFolder(deal.Folder), deal.InputFiles));

    /// <summary>
    /// Loads <c>purchases.csv</c> and <c>loans.csv</c> through <paramref name="files"/>. Both
    /// files must be there: a purchases file with only its header says "no purchases"; a missing
    /// file is an error, never read as "none", and a tape needs at least one row. Every error of
    /// both files is thrown together.
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
        int before = errors.Count;
        var tape = files.Read(terms.LoansFile, errors, LoanTape.Read) ?? LoanTape.Empty;
        if (tape.Rows == 0 && errors.Count == before)
            errors.Add(terms.LoansFile, 0, 0, null, "has no loan rows (expected at least one loan's monthly row under the header)");

        if (tape.Rows > 0)
        {
            // A price that adds advances needs the tape to carry them: an absent column is not "none".
            foreach (var (adds, column, words) in new[]
            {
                (terms.PriceAddsAdvances, LoanTapeCsv.Advances, "unreimbursed Advances"),
                (terms.PriceAddsServicingAdvances, LoanTapeCsv.ServicingAdvances, "unreimbursed Servicing Advances"),
            })
            {
                if (adds && !tape.OptionalColumns.Contains(column))
                {
                    errors.Add(terms.LoansFile, 1, 0, $"column {column}",
                        $"required column is missing (the deal's Purchase Price adds {words}: optional_purchase.price_adds names them, so the tape must carry them)");
                }
            }
        }

        var taped = tape.Loans.Select(l => l.LoanId).ToHashSet(StringComparer.Ordinal);
        foreach (var purchase in (purchases?.Purchases ?? []).Where(p => !taped.Contains(p.LoanId)).OrderBy(p => p.Line))
        {
            errors.Add(terms.PurchasesFile, purchase.Line, purchases!.LoanIdColumn, $"column {PurchasesCsv.LoanId}",
                $"loan {purchase.LoanId} is not in {terms.LoansFile} (a purchase must be of a loan on the tapes)");
        }
        var resolved = ResolvePurchasers(terms, purchases?.Purchases ?? Array.Empty<Purchase>(), errors);
        errors.ThrowIfAny();
        return new LoanInputs(OptionalPurchaseRules.For(terms, deal.Interpretations), resolved, tape);
    }

    /// <summary>
    /// Each purchase with its purchaser: the file's <c>purchaser</c> column, which must name one of
    /// the deal's purchasers, or the deal's one purchaser when the file has no such column (a deal
    /// with several purchasers needs it).
    /// </summary>
    private static IReadOnlyList<Purchase> ResolvePurchasers(OptionalPurchaseTerms terms, IReadOnlyList<Purchase> purchases, InputErrors errors)
    {
        var names = terms.Purchasers.Select(p => p.Party).ToArray();
        var list = string.Join(", ", names);
        if (names.Length > 1 && purchases.Any(p => p.Purchaser is null))
        {
            errors.Add(terms.PurchasesFile, 1, 0, $"column {PurchasesCsv.Purchaser}",
                $"required column is missing (the deal names several purchasers, {list}: each purchase must say which of them made it)");
            return purchases;
        }
        foreach (var purchase in purchases.Where(p => p.Purchaser is { } who && !names.Contains(who, StringComparer.Ordinal)))
        {
            errors.Add(terms.PurchasesFile, purchase.Line, purchase.PurchaserColumn, $"column {PurchasesCsv.Purchaser}",
                $"'{purchase.Purchaser}' is not a purchaser of this deal (expected {(names.Length == 1 ? names[0] : "one of " + list)}, as optional_purchase names them)");
        }
        return purchases.Select(p => p.Purchaser is null ? p with { Purchaser = names[0] } : p).ToArray();
    }

    /// <summary>The purchases file as read, with the column of loan_id for errors found later.</summary>
    private sealed record PurchasesFile(IReadOnlyList<Purchase> Purchases, int LoanIdColumn);
}
