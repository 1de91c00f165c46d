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
/// <param name="Window">When a loan may be bought: the quarter or month after it crossed the threshold, or any time.</param>
/// <param name="Method">How delinquency is counted: calendar days, or missed payments under the MBA or OTS method.</param>
/// <param name="NamedPurchasers">Every party that holds the option, in the order the clause names them; null for <paramref name="Purchaser"/> alone.</param>
/// <param name="PriceAddsAdvances">The Purchase Price adds the unreimbursed (P&amp;I) Advances the tape shows.</param>
/// <param name="PriceAddsServicingAdvances">The Purchase Price adds the unreimbursed Servicing Advances the tape shows.</param>
/// <param name="Release">How the purchased loan leaves the trust, as the reports describe it.</param>
/// <param name="Section">The clause's number as a short citation ("Section 4.07"); null when the deal gives none.</param>
public sealed record OptionalPurchaseTerms(
    string? Reference,
    string Purchaser,
    int DelinquencyThresholdDays,
    BusinessDayOffset WindowOpens,
    BusinessDayOffset WindowCloses,
    string LoansFile,
    string PurchasesFile,
    bool DelinquentOnPurchaseDate = false,
    PurchaseWindowKind Window = PurchaseWindowKind.QuarterAfterCrossing,
    DelinquencyMethod? Method = null,
    IReadOnlyList<OptionalPurchaser>? NamedPurchasers = null,
    bool PriceAddsAdvances = false,
    bool PriceAddsServicingAdvances = false,
    string Release = OptionalPurchaseTerms.ServicingOfficerCertificate,
    string? Section = null)
{
    /// <summary>The loan is assigned once the price is deposited and a Servicing Officer certifies it (RAMP 2006-RS3, 4.07(b)).</summary>
    public const string ServicingOfficerCertificate = "servicing-officer-certificate";

    /// <summary>The Mortgage File is released once the price is received and the Servicer gives the Trustee a Request for Release.</summary>
    public const string RequestForRelease = "request-for-release";

    /// <summary>How delinquency is counted (calendar days unless the deal says otherwise).</summary>
    public DelinquencyMethod Delinquency => Method ?? DelinquencyMethod.Days;

    /// <summary>Every party that holds the option; the first is <see cref="Purchaser"/>.</summary>
    public IReadOnlyList<OptionalPurchaser> Purchasers => NamedPurchasers ?? new[] { new OptionalPurchaser(Purchaser) };

    /// <summary>The purchaser with an exclusive period, if the clause gives one.</summary>
    public OptionalPurchaser? ExclusivePurchaser => Purchasers.FirstOrDefault(p => p.ExclusiveDays is not null);

    /// <summary>The deal's "Business Day" (USNY by default), on which both window offsets count.</summary>
    public HolidayCalendar BusinessDayCalendar => WindowOpens.Calendar;
}
