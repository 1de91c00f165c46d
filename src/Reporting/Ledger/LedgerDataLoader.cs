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
        Load(deal, cap, collateral, new InputFileReader(new InputFolder(deal.Folder)));

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
            fixings = files.Read(file, errors, (text, name, e) => FixingsCsv.Read(text, name, e, election.Index is { } index ? new[] { index } : null))
                ?? Missing(errors, file, "the Interest Rate is the Fed Funds effective rate but its fixings file is not in the deal folder");
        }
        errors.ThrowIfAny();
        return new LedgerData(transfers ?? Array.Empty<Transfer>(), cap, collateral, fixings, transfers is not null);
    }

    private static FixingSeries Missing(InputErrors errors, string file, string message)
    {
        errors.Add(file, 0, 0, null, message);
        return FixingSeries.Empty;
    }
}
