using Reporting.Collateral;

namespace Reporting.Ledger;

/// <summary>The reconciliation of a deal's transfers as known on a date.</summary>
/// <param name="CapPayments">The Fixed Amount and every Floating Amount of the cap, each against what was received.</param>
/// <param name="Calls">Every Delivery or Return Amount notified by the as-of date, against the transfers that answer it.</param>
/// <param name="Failures">Every CSA transfer not made in full when due, with its notice, grace and any Event of Default.</param>
/// <param name="Holdings">Every difference between the collateral rolled forward from the transfers and <c>collateral.csv</c>.</param>
/// <param name="InterestAmounts">Every Interest Amount whose transfer day has come.</param>
/// <param name="Valuations">Every Valuation Date to the as-of date, valued with the Events of Default the ledger found.</param>
public sealed record LedgerResult(
    IReadOnlyList<CapPaymentCheck> CapPayments,
    IReadOnlyList<CollateralCallCheck> Calls,
    IReadOnlyList<FailureToTransfer> Failures,
    IReadOnlyList<HoldingsBreak> Holdings,
    IReadOnlyList<InterestAmountCheck> InterestAmounts,
    IReadOnlyList<CollateralValuation> Valuations,
    IReadOnlyList<EventOfDefaultPeriod> EventsOfDefault);
