namespace Reporting.Loans;

/// <summary>
/// Where a loan stands under the optional purchase clause on a date (DOMAIN.md §5). Written
/// kebab-case in JSON: <c>not-eligible</c>, <c>awaiting-window</c>, ...
/// </summary>
public enum LoanPurchaseStatus
{
    /// <summary>Below the delinquency threshold at the latest tape, or no longer on the tapes.</summary>
    NotEligible,

    /// <summary>Delinquent enough, but its window (the quarter after it crossed) has not opened.</summary>
    AwaitingWindow,

    /// <summary>Delinquent enough and inside its window: the Master Servicer may purchase it.</summary>
    InWindow,

    /// <summary>Still delinquent, but its window closed unexercised; only a cure and a new crossing reopen it.</summary>
    Lapsed,

    /// <summary>Purchased inside its window while delinquent enough.</summary>
    Purchased,

    /// <summary>Purchased outside its window, or while below the threshold, or with no tape to judge by.</summary>
    PurchaseException,
}
