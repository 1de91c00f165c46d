namespace Reporting.Loans;

/// <summary>
/// When a tape shows a delinquency episode over (the <c>loans.cure</c> reading): a named
/// rule with a standard set of instances.
/// </summary>
public sealed class CureRule
{
    private readonly Func<int, int, bool> _isCured;

    private CureRule(string name, Func<int, int, bool> isCured)
    {
        Name = name;
        _isCured = isCured;
    }

    public string Name { get; }

    /// <summary>Cured when brought current: no unpaid due date before the report date.</summary>
    public static CureRule BroughtCurrent { get; } = new(LoanReadings.BroughtCurrent, (days, _) => days == 0);

    /// <summary>Cured as soon as the loan is below the threshold again.</summary>
    public static CureRule BelowThreshold { get; } = new(LoanReadings.BelowThreshold, (days, threshold) => days < threshold);

    public static IReadOnlyList<CureRule> All { get; } = new[] { BroughtCurrent, BelowThreshold };

    /// <param name="daysDelinquent">The tape's days delinquent, counted by the deal's delinquency method.</param>
    public bool IsCured(int daysDelinquent, int thresholdDays) => _isCured(daysDelinquent, thresholdDays);

    public static CureRule Named(string name) => All.First(r => r.Name == name);

    public override string ToString() => Name;
}
