using NodaTime;
using Reporting.Deals;
using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>Everything a valuation needs, loaded and checked: the annex terms, the cap's periods and the time series.</summary>
/// <param name="EffectiveDate">The transaction's Effective Date, for its original maturity.</param>
/// <param name="TerminationDate">The transaction's (unadjusted) Termination Date.</param>
public sealed record CollateralData(
    CreditSupportAnnexTerms Terms,
    LocalDate EffectiveDate,
    LocalDate TerminationDate,
    CalculationPeriodLookup Periods,
    RatingsHistory Ratings,
    IReadOnlyList<ExposureMark> Marks,
    IReadOnlyList<PostedHolding> Holdings,
    Interpretations Interpretations)
{
    /// <summary>
    /// Events of Default the ledger found (failures to transfer past their grace period); one of
    /// the Pledgor's continuing on a Valuation Date makes its Threshold zero.
    /// </summary>
    public IReadOnlyList<EventOfDefaultPeriod> EventsOfDefault { get; init; } = Array.Empty<EventOfDefaultPeriod>();
}
