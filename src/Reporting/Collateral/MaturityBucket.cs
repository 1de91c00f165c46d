using NodaTime;

namespace Reporting.Collateral;

/// <summary>
/// A remaining-maturity band of an Eligible Collateral type and its Valuation Percentage:
/// "one year or less" (<c>at_most_years: 1</c>), "more than one year but less than ten"
/// (<c>less_than_years: 10</c>, after the band before it), "30 days or less"
/// (<c>at_most_days: 30</c>), or open-ended (no bound) for "ten years or more".
/// </summary>
/// <remarks>Bands are tried in order; the first whose bound admits the maturity applies.</remarks>
public sealed record MaturityBucket(int? AtMostYears, int? LessThanYears, int? AtMostDays, decimal ValuationPercent)
{
    public bool Admits(LocalDate valuationDate, LocalDate? maturity)
    {
        if (maturity is not LocalDate m) return AtMostYears is null && LessThanYears is null && AtMostDays is null;
        if (AtMostYears is int y) return m <= valuationDate.PlusYears(y);
        if (LessThanYears is int l) return m < valuationDate.PlusYears(l);
        if (AtMostDays is int d) return m <= valuationDate.PlusDays(d);
        return true;
    }
}
