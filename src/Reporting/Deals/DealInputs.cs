using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ledger;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Deals;

/// <summary>
/// A deal as loaded: its terms and, for each contract it has, that contract's inputs, read and
/// checked (null when the deal has no such contract, or, for ratings and collateral, no ratings
/// history to judge them by). The engines are functions of these and a date.
/// </summary>
/// <param name="Ledger">The transfers that settle the cap and the annex; null when the deal keeps no transfers file.</param>
public sealed record DealInputs(DealTerms Terms, CapInputs? Cap, RatingsData? Ratings, CollateralData? Collateral, LoanInputs? Loans,
    LedgerData? Ledger = null);
