using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Ledger;

/// <summary>
/// Loads the transfers file (and, for a Fed Funds Interest Rate, its fixings) beside the cap and
/// collateral inputs already loaded. A deal without the file has an empty ledger: nothing received.
/// </summary>
public static class LedgerDataLoader
{
    public static LedgerData Load(DealTerms deal, CapInputs? cap, CollateralData? collateral)
    {
        var errors = new InputErrors();
        var annex = deal.CreditSupportAnnex;
        IReadOnlyList<Transfer> transfers = Array.Empty<Transfer>();
        var path = deal.InputPath(deal.TransfersFile);
        bool present = File.Exists(path);
        if (present)
            transfers = TransfersCsv.Read(path, deal.TransfersFile, errors, deal.Parties, annex?.Pledgor, annex?.SecuredParty);

        var fixings = FixingSeries.Empty;
        if (annex?.InterestRate is { Basis: InterestRateElection.FedFundsEffective, FixingsFile: { } file })
        {
            var fixingsPath = deal.InputPath(file);
            if (File.Exists(fixingsPath)) fixings = FixingsCsv.Read(fixingsPath, file, errors);
            else errors.Add(file, 0, 0, null, "the Interest Rate is the Fed Funds effective rate but its fixings file is not in the deal folder");
        }
        errors.ThrowIfAny();
        return new LedgerData(transfers, cap, collateral, fixings, present);
    }
}
