using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ratings;
using Reporting.Deals;

namespace Reporting.Cycle;

/// <summary>
/// Everything a monthly run knows: the request, the deal's terms and the inputs of each engine
/// the deal has (null when it has no such contract).
/// </summary>
public sealed record RunContext(RunRequest Request, DealTerms Terms, CapInputs? Cap, RatingsData? Ratings, CollateralData? Collateral)
{
    /// <summary>The transfers that settle the cap and the annex; null when the deal keeps no transfers file.</summary>
    public Reporting.Ledger.LedgerData? Ledger { get; init; }

    public YearMonth Month => Request.Period;

    /// <summary>The month as ISO text, e.g. <c>2007-03</c>.</summary>
    public string Period => $"{Month.Year:D4}-{Month.Month:D2}";

    public LocalDate FirstDay => Month.OnDayOfMonth(1);

    public LocalDate LastDay => Month.OnDayOfMonth(Month.Calendar.GetDaysInMonth(Month.Year, Month.Month));

    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;
}
