using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ledger;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Cycle;

/// <summary>
/// What the engines say about a run's month as known on one date, <see cref="KnownOn"/>: each
/// engine is evaluated as of that date and sees no input fact dated after it (null when the deal
/// has no such contract). A document is planned from the results known on its own date
/// (<see cref="MonthEvaluation"/>), so it cannot state what happened after it was dated.
/// </summary>
/// <param name="StatementDate">The trustee statement's date: the month's last New York business day (docs/run-output.md).</param>
/// <param name="KnownOn">The date these results are as of.</param>
/// <param name="Cap">The cap's periods as known on <see cref="KnownOn"/>.</param>
/// <param name="Ratings">The ratings events as known on <see cref="KnownOn"/>.</param>
/// <param name="Valuations">Every Valuation Date from a week before the month (a notice of the month can follow a Valuation Date of the last) to the month's end or <see cref="KnownOn"/>, whichever is earlier, valued with the Events of Default the ledger shows on <see cref="KnownOn"/>.</param>
/// <param name="Loans">Every loan's optional purchase status on <see cref="KnownOn"/>.</param>
/// <param name="Ledger">The reconciliation of the transfers as known on <see cref="KnownOn"/> (null without a transfers file).</param>
public sealed record MonthResults(
    LocalDate StatementDate,
    LocalDate KnownOn,
    IReadOnlyList<CapPeriod>? Cap,
    RatingsReport? Ratings,
    IReadOnlyList<CollateralValuation> Valuations,
    OptionalPurchaseReport? Loans,
    LedgerResult? Ledger);
