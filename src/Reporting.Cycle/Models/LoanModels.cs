using NodaTime;
using Reporting.Loans;
using Reporting.RunFormat;

namespace Reporting.Cycle.Models;

/// <summary>One loan's optional-purchase position, with the working of its Purchase Price when it has one.</summary>
public sealed record LoanRowModel(
    string LoanId,
    string Status,
    LocalDate? TapeDate,
    decimal? Upb,
    LocalDate? NextDueDate,
    decimal? NoteRatePercent,
    decimal? ServicingFeePercent,
    int DaysDelinquent,
    int? Episode,
    LocalDate? BecameNinetyOn,
    string? CrossingQuarter,
    LocalDate? WindowStart,
    LocalDate? WindowEnd,
    PriceModel? Price,
    LocalDate? PurchaseDate,
    decimal? PricePaid,
    decimal? PriceDifference,
    string? ExceptionReason,
    string? Purchaser = null,
    LocalDate? ExclusiveUntil = null)
{
    public static LoanRowModel From(LoanStatus l)
    {
        var episode = l.Purchase?.Episode ?? l.Episode;
        var price = l.Purchase?.ComputedPrice ?? l.PriceAsOf;
        return new LoanRowModel(
            l.LoanId, StatusName(l.Status), l.Tape?.ReportDate, l.Tape?.Upb, l.Tape?.NextDueDate, l.Tape?.NoteRatePercent,
            l.Tape?.ServicingFeePercent, l.DaysDelinquent, episode?.Number, episode?.CrossedOn,
            episode?.Window.CrossingPeriod, episode?.Window.Start, episode?.Window.End,
            price is null ? null : PriceModel.From(price), l.Purchase?.Purchase.PurchaseDate, l.Purchase?.Purchase.Price,
            l.Purchase?.PriceDifference, l.Purchase?.ExceptionReason, l.Purchase?.Purchase.Purchaser, episode?.Window.ExclusiveUntil);
    }

    /// <summary>The status as CLI.md names it: <c>not-eligible</c>, <c>in-window</c>, ...</summary>
    public static string StatusName(LoanPurchaseStatus status) => ReportingJson.Serialize(status).Trim('"');
}

/// <summary>The Purchase Price and its working: UPB plus interest at the rate, 30/360, between the two dates.</summary>
/// <param name="Advances">Unreimbursed Advances added to the price; null when the deal's price adds none.</param>
/// <param name="ServicingAdvances">Unreimbursed Servicing Advances added to the price; null when the deal's price adds none.</param>
public sealed record PriceModel(LocalDate PurchaseDate, decimal Upb, decimal RatePercent, LocalDate InterestFrom, LocalDate InterestTo,
    int Days, decimal Interest, decimal Price, decimal? Advances = null, decimal? ServicingAdvances = null)
{
    public static PriceModel From(PurchasePriceCalculation p) =>
        new(p.PurchaseDate, p.Upb, p.RatePercent, p.InterestFrom, p.InterestTo, p.Days, p.Interest, p.Price, p.Advances, p.ServicingAdvances);
}

/// <summary>A holder of the option as documents name it, with its exclusive period if it has one.</summary>
public sealed record PurchaserModel(string Key, string Name, int? ExclusiveDays);

/// <summary>The model of <c>documents/eligibility-report.sbn</c>.</summary>
public sealed record EligibilityReportModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Purchaser,
    PartyModel Trustee,
    string? Reference,
    LocalDate AsOf,
    LocalDate? TapeDate,
    string Calendar,
    int ThresholdDays,
    IReadOnlyList<StatusCountModel> Counts,
    int TotalLoans,
    IReadOnlyList<LoanRowModel> InWindow,
    IReadOnlyList<LoanRowModel> AwaitingWindow,
    IReadOnlyList<LoanRowModel> LapsedThisMonth,
    IReadOnlyList<LoanRowModel> PurchasesThisMonth,
    IReadOnlyList<LoanRowModel> Exceptions,
    IReadOnlyList<InterpretationModel> Interpretations,
    int WindowOpensOnBusinessDay = 1,
    int WindowClosesOnBusinessDayFromEnd = 2,
    PurchaseTermsModel? Terms = null);

/// <summary>
/// The shape of the deal's purchase clause, as codes the templates turn into words: the window
/// (<c>quarter-after-crossing</c>, <c>month-after-crossing</c>, <c>any-time</c>), the delinquency
/// method (<c>days</c>, <c>mba</c>, <c>ots</c>), where delinquency is measured at purchase, the
/// holders of the option and what the price adds.
/// </summary>
public sealed record PurchaseTermsModel(
    string Window,
    string DelinquencyMethod,
    bool MeasuredOnPurchaseDate,
    IReadOnlyList<PurchaserModel> Purchasers,
    bool PriceAddsAdvances,
    bool PriceAddsServicingAdvances,
    string Release)
{
    /// <summary>True when the clause is the quarterly one, counted in days, with one purchaser and a price of principal and interest.</summary>
    public bool Plain => Window == "quarter-after-crossing" && DelinquencyMethod == "days" && !MeasuredOnPurchaseDate
        && Purchasers.Count == 1 && !PriceAddsAdvances && !PriceAddsServicingAdvances;
}

/// <summary>The model of <c>workbooks/loan-eligibility.sbn</c>: every loan on the tape with its figures.</summary>
public sealed record LoanWorkbookModel(
    DocumentHeader Document,
    DealModel Deal,
    string Author,
    LocalDate AsOf,
    LocalDate? TapeDate,
    int ThresholdDays,
    bool NetRate,
    IReadOnlyList<LoanRowModel> Loans,
    PurchaseTermsModel? Terms = null);
