using NodaTime;

namespace Reporting.Ledger;

/// <summary>One row of <c>transfers.csv</c>: something that moved between the parties.</summary>
/// <param name="Payer">The party key of who paid or delivered (for collateral income: its source, free text).</param>
/// <param name="Receiver">The party key of who received.</param>
/// <param name="Kind">One of <see cref="TransferKinds"/>.</param>
/// <param name="Asset"><c>cash</c> or a security id.</param>
/// <param name="Amount">USD: the cash amount, or the market value of the security when it moved.</param>
/// <param name="Reference">What it settles: a cap period number or <c>premium</c>; the Valuation Date of a call;
/// the scheduled day of an Interest Amount; empty when it answers nothing in particular.</param>
/// <param name="Line">The line of the row in the file, for messages.</param>
public sealed record Transfer(
    LocalDate Date,
    string Payer,
    string Receiver,
    string Kind,
    string Asset,
    decimal Amount,
    string Reference,
    int Line)
{
    /// <summary>
    /// What a security delivered or returned is (the optional <c>type</c>, <c>issuer</c> and
    /// <c>maturity_date</c> columns), as the party receiving it knows on the day it moves; null for
    /// cash, or when the row leaves it to <c>collateral.csv</c>.
    /// </summary>
    public SecurityDescription? Security { get; init; }

    public bool IsCash => string.Equals(Asset, TransferKinds.Cash, StringComparison.OrdinalIgnoreCase);
}
