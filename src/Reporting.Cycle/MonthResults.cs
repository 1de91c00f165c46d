using NodaTime;
using Reporting.Cap;
using Reporting.Collateral;
using Reporting.Ledger;
using Reporting.Loans;
using Reporting.Ratings;

namespace Reporting.Cycle;

/// <summary>
/// What the engines say about a run's month, each result computed once by the cycle and handed
/// to every planner that needs it (null when the deal has no such contract). Documents dated
/// differently see the month as known on their own dates: the trustee statement on its
/// <see cref="StatementDate"/>, the month's notices and workbooks at the month's end.
/// </summary>
/// <param name="StatementDate">The trustee statement's date: the month's Payment Date under a cap, else the last New York business day.</param>
/// <param name="CapAtStatementDate">The cap's periods as known on the statement date.</param>
/// <param name="CapAtMonthEnd">The cap's periods as known on the month's last day.</param>
/// <param name="RatingsAtStatementDate">The ratings events as known on the statement date.</param>
/// <param name="RatingsAtMonthEnd">The ratings events as known on the month's last day.</param>
/// <param name="Valuations">Every Valuation Date from a week before the month to its end (a notice of the month can follow a Valuation Date of the last), valued with the Events of Default the ledger shows at the month's end.</param>
/// <param name="LoansAtStatementDate">Every loan's optional purchase status on the statement date.</param>
/// <param name="LoansAtEligibilityDate">Every loan's status on the month's last Business Day of the deal's calendar.</param>
/// <param name="LedgerAtStatementDate">The reconciliation of the transfers as known on the statement date (null without a transfers file).</param>
/// <param name="LedgerAtMonthEnd">The reconciliation as known on the month's last day: the month's notices of failure and the cap workbook.</param>
/// <param name="LedgerAtLastValuationDate">The reconciliation as known on the month's last Valuation Date, the collateral workbook's date.</param>
public sealed record MonthResults(
    LocalDate StatementDate,
    IReadOnlyList<CapPeriod>? CapAtStatementDate,
    IReadOnlyList<CapPeriod>? CapAtMonthEnd,
    RatingsReport? RatingsAtStatementDate,
    RatingsReport? RatingsAtMonthEnd,
    IReadOnlyList<CollateralValuation> Valuations,
    OptionalPurchaseReport? LoansAtStatementDate,
    OptionalPurchaseReport? LoansAtEligibilityDate,
    LedgerResult? LedgerAtStatementDate = null,
    LedgerResult? LedgerAtMonthEnd = null,
    LedgerResult? LedgerAtLastValuationDate = null);
