using NodaTime;

namespace Reporting.Loans;

/// <summary>Every loan's optional purchase status on a date, with the rules and readings used.</summary>
/// <param name="AsOf">The status date.</param>
/// <param name="LatestTapeDate">The report date of the latest tape on or before <see cref="AsOf"/>; null when none.</param>
/// <param name="TapeRowsRead">Rows of the loan tape file read (all dates).</param>
/// <param name="Loans">Loans seen on a tape on or before the date, by loan id (ordinal).</param>
public sealed record OptionalPurchaseReport(
    LocalDate AsOf,
    LocalDate? LatestTapeDate,
    long TapeRowsRead,
    IReadOnlyList<LoanStatus> Loans,
    OptionalPurchaseRules Rules)
{
    /// <summary>Loans by status, every status listed (zero included) in the enum's order.</summary>
    public IReadOnlyList<StatusCount> CountsByStatus =>
        Enum.GetValues<LoanPurchaseStatus>()
            .Select(s => new StatusCount(s, Loans.Count(l => l.Status == s)))
            .ToArray();
}
