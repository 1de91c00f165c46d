using Reporting.Calendars;

namespace Reporting.Loans;

/// <summary>
/// The deal's terms for the Master Servicer's optional purchase of defaulted loans (the
/// <c>optional_purchase:</c> section of <c>deal.yaml</c>). Everything a second deal with other
/// triggers would change is here, not in code.
/// </summary>
/// <param name="Reference">The clause, as reports cite it.</param>
/// <param name="Purchaser">The party key of the Master Servicer who holds the option.</param>
/// <param name="DelinquencyThresholdDays">"Delinquent in payment by 90 days or more": 90.</param>
/// <param name="WindowOpens">
/// The window opens this many Business Days after the day before the next quarter starts: +1 USNY
/// for its first Business Day.
/// </param>
/// <param name="WindowCloses">
/// The window closes this many Business Days before the day after that quarter ends: -2 USNY for
/// its second-to-last Business Day.
/// </param>
/// <param name="DelinquentOnPurchaseDate">
/// True when the loan must be delinquent by the threshold on the purchase date itself, counted
/// from the tape's oldest unpaid due date ("delinquent 90 days or more as of the date of
/// purchase"); false when the last tape on or before the purchase date decides.
/// </param>
/// <param name="LoansFile">The loan tapes, <c>loans.csv</c>.</param>
/// <param name="PurchasesFile">The purchases made, <c>purchases.csv</c>.</param>
public sealed record OptionalPurchaseTerms(
    string? Reference,
    string Purchaser,
    int DelinquencyThresholdDays,
    BusinessDayOffset WindowOpens,
    BusinessDayOffset WindowCloses,
    string LoansFile,
    string PurchasesFile,
    bool DelinquentOnPurchaseDate = false)
{
    /// <summary>The deal's "Business Day" (USNY by default), on which both window offsets count.</summary>
    public HolidayCalendar BusinessDayCalendar => WindowOpens.Calendar;
}
