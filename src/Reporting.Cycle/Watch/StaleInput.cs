using NodaTime;

namespace Reporting.Cycle.Watch;

/// <summary>
/// An input older than the deal's terms lead one to expect on the watch date (<see cref="Reporting.Deals.WatchListTerms"/>).
/// </summary>
/// <param name="Input"><c>loan-tape</c> or <c>exposure-mark</c>.</param>
/// <param name="File">The deal's file the input is read from.</param>
/// <param name="Latest">The date of the latest one on or before the watch date; null when there is none.</param>
/// <param name="Expected">The date the latest one should be on or after.</param>
public sealed record StaleInput(string Input, string File, LocalDate? Latest, LocalDate Expected)
{
    public const string LoanTape = "loan-tape";
    public const string ExposureMark = "exposure-mark";
}
