namespace Reporting.Loans;

/// <summary>
/// When a tape shows a delinquency episode over (the <c>loans.cure</c> reading): a named
/// rule with a standard set of instances.
/// </summary>
public sealed class CureRule
{
    private readonly Func<LoanSnapshot, int, bool> _isCured;

    private CureRule(string name, Func<LoanSnapshot, int, bool> isCured)
    {
        Name = name;
        _isCured = isCured;
    }

    public string Name { get; }

    /// <summary>Cured when brought current: no unpaid due date before the report date.</summary>
    public static CureRule BroughtCurrent { get; } = new(LoanReadings.BroughtCurrent, (tape, _) => tape.DaysDelinquent == 0);

    /// <summary>Cured as soon as the loan is below the threshold again.</summary>
    public static CureRule BelowThreshold { get; } = new(LoanReadings.BelowThreshold, (tape, threshold) => tape.DaysDelinquent < threshold);

    public static IReadOnlyList<CureRule> All { get; } = new[] { BroughtCurrent, BelowThreshold };

    public bool IsCured(LoanSnapshot tape, int thresholdDays) => _isCured(tape, thresholdDays);

    public static CureRule Named(string name) => All.First(r => r.Name == name);

    public override string ToString() => Name;
}
