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
    Interpretations Interpretations);
