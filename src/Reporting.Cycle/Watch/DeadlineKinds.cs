namespace Reporting.Cycle.Watch;

/// <summary>The kinds of <see cref="WatchDeadline"/>: stable keys of the JSON, the calendar's UIDs and the templates' wording.</summary>
public static class DeadlineKinds
{
    public const string RatingsNotice = "ratings-event-notice";
    public const string RatingsRemedy = "ratings-event-remedy";
    public const string CollateralDemand = "collateral-demand";
    public const string CollateralDeliveryAfterDemand = "collateral-delivery-after-demand";
    public const string AdditionalTerminationEvent = "additional-termination-event";
    public const string CapPremium = "cap-premium";
    public const string CapPayment = "cap-payment";
    public const string CollateralNotification = "collateral-notification";
    public const string CollateralTransfer = "collateral-transfer";
    public const string FailureNotice = "failure-to-transfer-notice";
    public const string FailureGraceEnd = "failure-to-transfer-grace-end";
    public const string InterestAmount = "interest-amount";
    public const string PurchaseWindowOpens = "purchase-window-opens";
    public const string PurchaseWindowCloses = "purchase-window-closes";
}
