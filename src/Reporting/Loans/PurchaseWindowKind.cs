namespace Reporting.Loans;

/// <summary>When a loan delinquent by the threshold may be purchased (<c>optional_purchase.window</c>).</summary>
public enum PurchaseWindowKind
{
    /// <summary>Only in the Calendar Quarter after the one in which it crossed the threshold (RAMP 2006-RS3, Section 4.07 as amended).</summary>
    QuarterAfterCrossing,

    /// <summary>Only in the calendar month after the one in which it crossed the threshold.</summary>
    MonthAfterCrossing,

    /// <summary>At any time from the day it crossed the threshold, while it stays delinquent by it; the option never lapses.</summary>
    AnyTime,
}
