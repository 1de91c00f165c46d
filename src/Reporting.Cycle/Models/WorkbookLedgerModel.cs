using NodaTime;
using Reporting.Ledger;

namespace Reporting.Cycle.Models;

/// <summary>
/// The Transfers sheet of the collateral workbook: the month's calls against what was transferred
/// and the Interest Amounts due in the month, as known on the workbook's date.
/// </summary>
public sealed record WorkbookLedgerModel(IReadOnlyList<WorkbookCallModel> Calls, IReadOnlyList<WorkbookInterestModel> InterestAmounts)
{
    public static WorkbookLedgerModel From(LedgerResult ledger, Func<LocalDate, bool> inMonth) => new(
        ledger.Calls.Where(c => inMonth(c.ValuationDate)).Select(c => new WorkbookCallModel(
            c.ValuationDate, c.Direction, c.Settlement.Amount, c.Settlement.DueDate, c.Settlement.ReceivedByDue,
            c.Settlement.Received, Math.Max(0m, c.Settlement.Amount - c.Settlement.ReceivedByDue), c.Settlement.Status.Name())).ToArray(),
        ledger.InterestAmounts.Where(i => inMonth(i.PeriodEnd)).Select(WorkbookInterestModel.From).ToArray());
}

/// <param name="Direction"><c>delivery</c> or <c>return</c>.</param>
/// <param name="ReceivedByDue">Value transferred by the due date.</param>
/// <param name="Received">Value transferred by the workbook's date.</param>
/// <param name="ShortAtDue">What was missing at the due date.</param>
public sealed record WorkbookCallModel(LocalDate ValuationDate, string Direction, decimal Amount, LocalDate Due,
    decimal ReceivedByDue, decimal Received, decimal ShortAtDue, string Status);

/// <param name="RateFraction">
/// The Interest Rate over the period as a fraction, weighted by the cash held each day (for an
/// achieved return, exactly income × 360 / cash-days), so that cash-days × rate / 360 gives the amount.
/// </param>
public sealed record WorkbookInterestModel(LocalDate PeriodStart, LocalDate TransferDay, string Basis, decimal BalanceDays,
    decimal? RateFraction, decimal? Amount, decimal Received, string Status)
{
    /// <summary>What is still owed of a known amount.</summary>
    public decimal? StillOwed => Amount is decimal a ? Math.Max(0m, a - Received) : null;

    public static WorkbookInterestModel From(InterestAmountCheck i) => new(
        i.PeriodStart, i.PeriodEnd, i.Basis, i.BalanceDays,
        i.Amount is decimal a && i.BalanceDays > 0 ? (i.Income ?? a) * 360m / i.BalanceDays : null,
        i.Amount, i.Settlement?.Received ?? 0m, i.Status.Name());
}
