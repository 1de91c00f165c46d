namespace Reporting.Loans;

/// <summary>Why a purchase does not meet Section 4.07(a), so documents can word it their own way.</summary>
public enum PurchaseExceptionKind
{
    /// <summary>No loan tape on or before the purchase date shows the loan.</summary>
    NoTape,

    /// <summary>The loan was below the threshold (90 days) at the purchase date.</summary>
    BelowThreshold,

    /// <summary>Purchased before its window opened.</summary>
    BeforeWindow,

    /// <summary>Purchased after its window closed: the option had lapsed.</summary>
    AfterWindow,

    /// <summary>Purchased by one purchaser during another's exclusive period.</summary>
    ExclusivePeriod,
}
