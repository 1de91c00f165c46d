using Reporting.Cap;
using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>
/// What the ledger reconciles, loaded and checked: the recorded transfers, the engines' inputs
/// whose amounts they settle (either may be null when the deal has no such contract) and, for a
/// Fed Funds Interest Rate, the daily rates.
/// </summary>
public sealed record LedgerData(
    IReadOnlyList<Transfer> Transfers,
    CapInputs? Cap,
    CollateralData? Collateral,
    FixingSeries InterestFixings,
    bool HasTransfersFile);
