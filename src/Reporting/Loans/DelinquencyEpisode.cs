using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// A stretch of serious delinquency: it starts when a loan crosses the threshold (90 days) and
/// lasts until a tape shows it cured. While it lasts the crossing date, and so the window, do
/// not move, even if partial payments move the next due date (DOMAIN.md §5).
/// </summary>
/// <param name="Number">1 for the loan's first episode, 2 after a cure and a new crossing, ...</param>
/// <param name="CrossedOn">The date the loan became delinquent by the threshold or more.</param>
/// <param name="FirstReportedOn">The report date of the first tape that showed the crossing.</param>
/// <param name="Window">The purchase window the crossing opens.</param>
/// <param name="CuredOn">The report date of the tape that showed the cure; null while the episode lasts.</param>
public sealed record DelinquencyEpisode(
    int Number,
    LocalDate CrossedOn,
    LocalDate FirstReportedOn,
    PurchaseWindow Window,
    LocalDate? CuredOn)
{
    public bool IsOpen => CuredOn is null;
}
