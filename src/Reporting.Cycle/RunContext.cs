using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Cycle;

/// <summary>
/// Everything a monthly run knows: the request, the deal as loaded and the month's results,
/// computed once. Planners read these; none of them loads a file or runs an engine.
/// </summary>
public sealed record RunContext(RunRequest Request, DealInputs Inputs, MonthResults Results)
{
    public DealTerms Terms => Inputs.Terms;

    /// <summary>The cap's inputs, when the deal has a cap.</summary>
    public CapInputs? Cap => Inputs.Cap;

    /// <summary>The ratings downgrade inputs, when the deal has them and a ratings history.</summary>
    public RatingsData? Ratings => Inputs.Ratings;

    /// <summary>The Credit Support Annex inputs, when the deal has one and a ratings history.</summary>
    public CollateralData? Collateral => Inputs.Collateral;

    /// <summary>The optional purchase inputs, when the deal has the option.</summary>
    public LoanInputs? Loans => Inputs.Loans;

    /// <summary>The transfers that settle the cap and the annex; null when the deal keeps no transfers file.</summary>
    public Reporting.Ledger.LedgerData? Ledger => Inputs.Ledger;

    public YearMonth Month => Request.Period;

    /// <summary>The month as ISO text, e.g. <c>2007-03</c>.</summary>
    public string Period => $"{Month.Year:D4}-{Month.Month:D2}";

    public LocalDate FirstDay => Month.OnDayOfMonth(1);

    public LocalDate LastDay => Month.OnDayOfMonth(Month.Calendar.GetDaysInMonth(Month.Year, Month.Month));

    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;
}
