using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// The day a loan became delinquent by the threshold, derived from the first tape of an episode
/// that shows it (the <c>loans.crossing-date</c> reading). Monthly tapes do not observe the day.
/// </summary>
public sealed class CrossingDateRule
{
    private readonly Func<LoanSnapshot, int, DelinquencyMethod, LocalDate> _crossedOn;

    private CrossingDateRule(string name, Func<LoanSnapshot, int, DelinquencyMethod, LocalDate> crossedOn)
    {
        Name = name;
        _crossedOn = crossedOn;
    }

    public string Name { get; }

    /// <summary>
    /// Next due date + threshold days: the day the oldest unpaid installment became 90 days late
    /// (under a month method, the day the third payment after it went unpaid).
    /// </summary>
    public static CrossingDateRule DueDatePlusThreshold { get; } =
        new(LoanReadings.DueDatePlusThreshold, (tape, threshold, method) => method.ReachedOn(tape.NextDueDate, threshold));

    /// <summary>The report date of the tape that first shows the loan over the threshold.</summary>
    public static CrossingDateRule FirstTapeReportDate { get; } =
        new(LoanReadings.FirstTapeReportDate, (tape, _, _) => tape.ReportDate);

    public static IReadOnlyList<CrossingDateRule> All { get; } = new[] { DueDatePlusThreshold, FirstTapeReportDate };

    /// <param name="firstTape">The first tape of the episode showing the loan at or over the threshold.</param>
    public LocalDate CrossedOn(LoanSnapshot firstTape, int thresholdDays, DelinquencyMethod method) => _crossedOn(firstTape, thresholdDays, method);

    public static CrossingDateRule Named(string name) => All.First(r => r.Name == name);

    public override string ToString() => Name;
}
