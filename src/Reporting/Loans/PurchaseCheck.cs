using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// A purchase judged against Section 4.07(a) as the tapes stood on its date: inside the window
/// of the loan's delinquency episode, and with the loan still 90 days or more delinquent.
/// </summary>
/// <param name="Tape">The latest tape on or before the purchase date; null when there is none.</param>
/// <param name="Episode">The delinquency episode open at the purchase date, if any.</param>
/// <param name="ExceptionKind">Why the purchase does not qualify; null when it does.</param>
/// <param name="DaysAtPurchase">How late the loan was where the deal measures it (<paramref name="MeasuredOn"/>); null without a tape.</param>
/// <param name="MeasuredOn">The day the delinquency was measured: the purchase date, or the report date of the last tape before it.</param>
/// <param name="MeasuredOnPurchaseDate">True when the deal measures the delinquency on the purchase date itself.</param>
/// <param name="ThresholdDays">The days of delinquency the purchase requires.</param>
/// <param name="ComputedPrice">The Purchase Price by the deal's formula at the purchase date, to compare with the price paid.</param>
public sealed record PurchaseCheck(
    Purchase Purchase,
    LoanSnapshot? Tape,
    DelinquencyEpisode? Episode,
    PurchaseExceptionKind? ExceptionKind,
    PurchasePriceCalculation? ComputedPrice,
    int? DaysAtPurchase,
    LocalDate? MeasuredOn,
    bool MeasuredOnPurchaseDate,
    int ThresholdDays)
{
    public bool Qualifies => ExceptionKind is null;

    /// <summary>Price paid less the computed Purchase Price; null when no price could be computed.</summary>
    public decimal? PriceDifference => ComputedPrice is null ? null : Purchase.Price - ComputedPrice.Price;
}
