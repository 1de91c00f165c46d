using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// One loan as one monthly loan tape shows it (a row of <c>loans.csv</c>): what is owed, the
/// oldest unpaid installment, and the rates that price a purchase.
/// </summary>
/// <param name="ReportDate">The date of the tape; delinquency is measured at this date.</param>
/// <param name="Upb">Unpaid principal balance.</param>
/// <param name="NextDueDate">The oldest unpaid due date (the tape's "next due date").</param>
/// <param name="NoteRatePercent">The mortgage note rate, in percent (7.25 = 7.25%).</param>
/// <param name="ServicingFeePercent">The servicing fee rate, in percent.</param>
/// <param name="Advances">Unreimbursed (P&amp;I) Advances on the loan at the report date; 0 when the tape has no such column.</param>
/// <param name="ServicingAdvances">Unreimbursed Servicing Advances on the loan at the report date; 0 when the tape has no such column.</param>
public readonly record struct LoanSnapshot(
    LocalDate ReportDate,
    decimal Upb,
    LocalDate NextDueDate,
    decimal NoteRatePercent,
    decimal ServicingFeePercent,
    decimal Advances = 0m,
    decimal ServicingAdvances = 0m)
{
    /// <summary>
    /// Calendar days from the oldest unpaid due date to the report date; 0 when that due date
    /// is not before the report date (DOMAIN.md §5). A tape's delinquency is always measured
    /// at its own report date, never projected to a later day.
    /// </summary>
    public int DaysDelinquent => NextDueDate < ReportDate ? Period.DaysBetween(NextDueDate, ReportDate) : 0;

    /// <summary>Days delinquent at the report date counted by <paramref name="method"/>.</summary>
    public int DaysDelinquentBy(DelinquencyMethod method) => method.DaysDelinquent(NextDueDate, ReportDate);

    /// <summary>The net mortgage rate: note rate less servicing fee rate, in percent.</summary>
    public decimal NetRatePercent => NoteRatePercent - ServicingFeePercent;
}
