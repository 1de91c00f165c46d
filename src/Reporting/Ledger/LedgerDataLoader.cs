using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Ledger;

/// <summary>
/// Loads the transfers file (and, for a Fed Funds Interest Rate, its fixings) beside the cap and
/// collateral inputs already loaded. A deal without the file has an empty ledger: nothing received.
/// </summary>
public static class LedgerDataLoader
{
    /// <summary>Loads the files from the deal's folder.</summary>
    public static LedgerData Load(DealTerms deal, CapInputs? cap, CollateralData? collateral) =>
        Load(deal, cap, collateral, new InputFileReader(new InputFolder(deal.Folder), deal.InputFiles));

    /// <summary>Loads the files through <paramref name="files"/>, which reads each file once.</summary>
    public static LedgerData Load(DealTerms deal, CapInputs? cap, CollateralData? collateral, InputFileReader files)
    {
        var errors = new InputErrors();
        var annex = deal.CreditSupportAnnex;
        var transfers = files.Read<IReadOnlyList<Transfer>>(deal.TransfersFile, errors,
            (text, name, own) => TransfersCsv.Read(text, name, own, deal.Parties, annex?.Pledgor, annex?.SecuredParty));

        var fixings = FixingSeries.Empty;
        if (annex?.InterestRate is { Basis: InterestRateElection.FedFundsEffective, FixingsFile: { } file } election)
        {
            // A missing file is reported by the reader, at the key that names it.
            fixings = files.Read(file, errors, (text, name, e) => FixingsCsv.Read(text, name, e, election.Index is { } index ? new[] { index } : null))
                ?? FixingSeries.Empty;
        }
        errors.ThrowIfAny();
        return new LedgerData(transfers ?? Array.Empty<Transfer>(), cap, collateral, fixings, transfers is not null);
    }
}
