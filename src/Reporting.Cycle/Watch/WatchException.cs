using NodaTime;

namespace Reporting.Cycle.Watch;

/// <summary>
/// Something wrong with a deal that is still open on the watch date: a rate not published, a party
/// with no notice address, a break between what was owed and what arrived, a problem with an input.
/// </summary>
/// <param name="Kind">One of <see cref="ExceptionKinds"/>.</param>
/// <param name="Date">The day it arose (a fixing date, a due date, a Valuation Date); null for a standing one.</param>
/// <param name="Reference">What it belongs to (a cap period, a Valuation Date, a party, a loan).</param>
/// <param name="Party">The party key concerned, or a party's name for a notice address.</param>
/// <param name="Amount">What is missing in USD, when an amount is.</param>
/// <param name="Detail">The engine's own finding, for the kinds whose engine words it (a Valuation Date's exceptions); else null.</param>
public sealed record WatchException(
    string Kind,
    LocalDate? Date,
    string Reference,
    string? Party,
    decimal? Amount,
    string? Detail);

/// <summary>The kinds of <see cref="WatchException"/>.</summary>
public static class ExceptionKinds
{
    public const string MissingFixing = "missing-fixing";
    public const string NoNoticeAddress = "no-notice-address";
    public const string NoRatingHistory = "no-rating-history";
    public const string AdditionalTerminationEvent = "additional-termination-event";
    public const string CapPaymentBreak = "cap-payment-break";
    public const string CollateralTransferBreak = "collateral-transfer-break";
    public const string FailureToTransfer = "failure-to-transfer";
    public const string HoldingsBreak = "holdings-break";
    public const string InterestAmountBreak = "interest-amount-break";
    public const string Valuation = "valuation";
    public const string PurchaseException = "purchase-exception";
}
