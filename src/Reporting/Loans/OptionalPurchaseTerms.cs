using Reporting.Calendars;

namespace Reporting.Loans;

/// <summary>
/// The deal's terms for the Master Servicer's optional purchase of defaulted loans (the
/// <c>optional_purchase:</c> section of <c>deal.yaml</c>). Everything a second deal with other
/// triggers would change is here, not in code.
/// </summary>
/// <param name="Reference">The clause, as reports cite it.</param>
/// <param name="Purchaser">The party key of the Master Servicer who holds the option.</param>
/// <param name="BusinessDayCalendar">The deal's "Business Day" (USNY by default).</param>
/// <param name="DelinquencyThresholdDays">"Delinquent in payment by 90 days or more": 90.</param>
/// <param name="WindowOpensOnBusinessDay">The window opens on this Business Day of the next quarter: 1 for the first.</param>
/// <param name="WindowClosesOnBusinessDayFromEnd">The window closes on this Business Day from the quarter's end: 2 for the second-to-last.</param>
/// <param name="LoansFile">The loan tapes, <c>loans.csv</c>.</param>
/// <param name="PurchasesFile">The purchases made, <c>purchases.csv</c>.</param>
public sealed record OptionalPurchaseTerms(
    string? Reference,
    string Purchaser,
    HolidayCalendar BusinessDayCalendar,
    int DelinquencyThresholdDays,
    int WindowOpensOnBusinessDay,
    int WindowClosesOnBusinessDayFromEnd,
    string LoansFile,
    string PurchasesFile);
