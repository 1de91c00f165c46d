using Reporting.RunFormat;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Inputs;
using Reporting.Ledger;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Deals;

/// <summary>
/// The load phase: reads a deal's terms and every input its contracts need, each file once,
/// and reports every error of every file together.
/// </summary>
public static class DealInputsLoader
{
    /// <summary>Loads the deal folder <paramref name="folder"/>.</summary>
    public static DealInputs Load(string folder)
    {
        var errors = new InputErrors();
        if (!DealLoader.FolderExists(folder, errors)) errors.ThrowIfAny();
        return Load(new InputFolder(folder), folder);
    }

    /// <summary>Loads the deal whose files are <paramref name="files"/>.</summary>
    /// <param name="folderName">The folder as the user named it, for messages.</param>
    public static DealInputs Load(IInputFiles files, string? folderName = null)
    {
        var errors = new InputErrors();
        var terms = DealLoader.ReadTerms(files, errors, folderName);
        errors.ThrowIfAny();

        // Each loader checks its own files; running them all before throwing lets a user fix
        // every file of the deal in one pass. The reader parses each file once however many
        // contracts use it (and reports its errors once).
        var reader = new InputFileReader(files, terms!.InputFiles);
        var cap = Collect(errors, () => terms!.Cap is null ? null : CapInputs.Load(terms, reader));
        // Without a ratings history neither the ratings events nor the Threshold can be judged:
        // both are left out (and the statement says so) rather than guessed. A deal says so
        // with `ratings_file: none`; a named file that is missing is an error.
        bool hasRatings = terms!.RatingsDowngrade is { RatingsFile: not null };
        var ratings = Collect(errors, () => hasRatings ? RatingsDataLoader.Load(terms, reader) : null);
        var collateral = Collect(errors, () => hasRatings && terms.CreditSupportAnnex is not null ? CollateralDataLoader.Load(terms, reader) : null);
        var loans = Collect(errors, () => terms.OptionalPurchase is null ? null : LoanInputs.Load(terms, reader));
        // The ledger settles what the cap and the annex make owed, so it loads beside their inputs.
        // A transfers file named in the terms must be there; the default name is read when present.
        bool hasTransfers = (terms.InputFiles.ContainsKey(terms.TransfersFile) || reader.Exists(terms.TransfersFile)) && (cap is not null || collateral is not null);
        var ledger = Collect(errors, () => hasTransfers ? LedgerDataLoader.Load(terms, cap, collateral, reader) : null);
        errors.ThrowIfAny();
        return new DealInputs(terms, cap, ratings, collateral, loans, ledger);
    }

    /// <summary>Runs a loader, adding its errors (other than ones already reported) to <paramref name="errors"/>.</summary>
    private static T? Collect<T>(InputErrors errors, Func<T?> load) where T : class
    {
        try
        {
            return load();
        }
        catch (InputException e)
        {
            var known = errors.All.ToHashSet();
            foreach (var error in e.Errors.Where(x => !known.Contains(x))) errors.Add(error);
            return null;
        }
    }
}
