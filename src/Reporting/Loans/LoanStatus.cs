using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// One loan's standing under the optional purchase clause on a date: the result a report row,
/// a workbook line or the <c>reporting loans</c> JSON is built from.
/// </summary>
/// <param name="Tape">
/// The tape the status is judged by: the latest on or before the date, or for a purchased loan
/// the latest on or before its purchase date (null only when a purchase predates every tape).
/// </param>
/// <param name="DaysDelinquent">Days delinquent of <see cref="Tape"/> at its report date.</param>
/// <param name="OnLatestTape">False when the loan is missing from the latest tape on or before the date (it left the pool).</param>
/// <param name="Episode">The open delinquency episode (for a purchased loan, the one open at purchase); null when none.</param>
/// <param name="EpisodeCount">How many episodes the loan has had up to the date.</param>
/// <param name="LastCuredOn">Report date of the tape that showed the last cure, if any.</param>
/// <param name="PriceAsOf">For a loan in its window: the Purchase Price if purchased on the status date.</param>
/// <param name="Purchase">The purchase made on or before the date, judged; null when none.</param>
public sealed record LoanStatus(
    string LoanId,
    LoanPurchaseStatus Status,
    LoanSnapshot? Tape,
    int DaysDelinquent,
    bool OnLatestTape,
    DelinquencyEpisode? Episode,
    int EpisodeCount,
    LocalDate? LastCuredOn,
    PurchasePriceCalculation? PriceAsOf,
    PurchaseCheck? Purchase);
