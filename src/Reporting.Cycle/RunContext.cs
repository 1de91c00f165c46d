using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Cycle;

/// <summary>
/// Everything a monthly run knows as of one date: the request, the deal as loaded and the month's
/// results as known on <see cref="KnownOn"/>. Planners read these; none of them loads a file or
/// runs an engine. The cycle plans each document in the context of its own date
/// (<see cref="AsOf"/>), so no document uses a fact dated after it.
/// </summary>
public sealed record RunContext(RunRequest Request, DealInputs Inputs, MonthEvaluation Evaluation, LocalDate KnownOn)
{
    /// <summary>The context of a run's month as known on its last day.</summary>
    public RunContext(RunRequest request, DealInputs inputs, MonthEvaluation evaluation)
        : this(request, inputs, evaluation, LastDayOf(request.Period))
    {
    }

    /// <summary>Words each document's title from the run's templates; one for the run, whatever date it is known on.</summary>
    public DocumentTitles Titles { get; init; } = new(Request.TemplatesFolder);

    /// <summary>The month's results as known on <see cref="KnownOn"/> (evaluated once per date for the whole run).</summary>
    public MonthResults Results => Evaluation.KnownOn(KnownOn);

    /// <summary>The same run as known on <paramref name="date"/>.</summary>
    public RunContext AsOf(LocalDate date) => this with { KnownOn = date };

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

    public LocalDate LastDay => LastDayOf(Month);

    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;

    private static LocalDate LastDayOf(YearMonth month) => month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
}
