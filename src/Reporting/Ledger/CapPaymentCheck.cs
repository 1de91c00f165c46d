using Reporting.Cap;

namespace Reporting.Ledger;

/// <summary>A cap amount owed (the Fixed Amount, or a period's Floating Amount) against what was received.</summary>
/// <param name="Reference">The period number, or <c>premium</c> for the Fixed Amount.</param>
/// <param name="Payer">The party key that owes it.</param>
/// <param name="Receiver">The party key it is owed to.</param>
/// <param name="Period">The Calculation Period, for a Floating Amount.</param>
/// <param name="Settlement">Null while the amount is unknown (pending or missing fixing).</param>
/// <param name="Status">The settlement status, or the cap's own status while there is no amount.</param>
public sealed record CapPaymentCheck(
    string Reference,
    string Payer,
    string Receiver,
    CapPeriod? Period,
    Settlement? Settlement,
    string Status);
