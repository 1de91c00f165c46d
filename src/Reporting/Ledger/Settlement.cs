using NodaTime;

namespace Reporting.Ledger;

/// <summary>
/// One amount owed set against the transfers that settle it, as known on a date.
/// </summary>
/// <param name="Amount">What was owed (USD).</param>
/// <param name="DueDate">The day it was due (a transfer on that day is on time).</param>
/// <param name="ReceivedByDue">What arrived on or before the due date.</param>
/// <param name="Received">What arrived on or before the as-of date.</param>
/// <param name="SettledOn">The day the amount was received in full, if it was.</param>
/// <param name="Transfers">The transfers counted, in date order.</param>
/// <param name="Values">The Value each of <paramref name="Transfers"/> counted for, in the same order.</param>
public sealed record Settlement(
    decimal Amount,
    LocalDate DueDate,
    decimal ReceivedByDue,
    decimal Received,
    LocalDate? SettledOn,
    SettlementStatus Status,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<decimal> Values)
{
    /// <summary>What is still missing on the as-of date (zero when settled).</summary>
    public decimal Outstanding => Math.Max(0m, Amount - Received);

    /// <summary>What had arrived on or before <paramref name="day"/>.</summary>
    public decimal ReceivedBy(LocalDate day) => Transfers.Select((t, i) => t.Date <= day ? Values[i] : 0m).Sum();

    /// <summary>
    /// Judges an amount against transfers valued by <paramref name="valueOf"/>. A transfer on the
    /// due date is on time; one after the as-of date is not yet known and is ignored.
    /// </summary>
    public static Settlement Judge(decimal amount, LocalDate dueDate, LocalDate asOf,
        IEnumerable<Transfer> candidates, Func<Transfer, decimal> valueOf)
    {
        var counted = candidates.Where(t => t.Date <= asOf).OrderBy(t => t.Date).ThenBy(t => t.Line).ToArray();
        var values = counted.Select(valueOf).ToArray();
        decimal byDue = 0m, total = 0m;
        LocalDate? settledOn = amount <= 0m ? dueDate : null;
        for (int i = 0; i < counted.Length; i++)
        {
            var (t, value) = (counted[i], values[i]);
            total += value;
            if (t.Date <= dueDate) byDue += value;
            if (settledOn is null && total >= amount) settledOn = t.Date;
        }

        SettlementStatus status;
        if (dueDate >= asOf && amount > 0m) status = total >= amount ? SettlementStatus.Paid : SettlementStatus.Due;
        else if (amount <= 0m) status = dueDate < asOf ? SettlementStatus.Paid : SettlementStatus.Due;
        else if (byDue >= amount) status = SettlementStatus.Paid;
        else if (total >= amount) status = SettlementStatus.Late;
        else if (total > 0m) status = SettlementStatus.Short;
        else status = SettlementStatus.Unpaid;
        return new Settlement(amount, dueDate, byDue, total, settledOn, status, counted, values);
    }
}
