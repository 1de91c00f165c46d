using NodaTime;

namespace Reporting.Loans;

/// <summary>
/// A Purchase Price worked out, with every figure a reader (or a workbook formula) needs to
/// redo it: Price = Upb + round(Upb × RatePercent / 100 × Days / 360, 2) + Advances + ServicingAdvances.
/// </summary>
/// <param name="PurchaseDate">The date the price is for (the purchase date, or the status date for a loan in its window).</param>
/// <param name="TapeDate">The report date of the tape whose balance and next due date were used.</param>
/// <param name="RatePercent">The rate interest accrues at (the net mortgage rate by default).</param>
/// <param name="InterestFrom">The date to which interest was last paid: one month before the next due date.</param>
/// <param name="InterestTo">The first day of the month after the month of purchase.</param>
/// <param name="Days">30/360 days from <see cref="InterestFrom"/> to <see cref="InterestTo"/>, never below 0.</param>
/// <param name="Advances">Unreimbursed Advances the price adds (from the tape); null when the deal's price adds none.</param>
/// <param name="ServicingAdvances">Unreimbursed Servicing Advances the price adds (from the tape); null when the deal's price adds none.</param>
public sealed record PurchasePriceCalculation(
    LocalDate PurchaseDate,
    LocalDate TapeDate,
    decimal Upb,
    decimal RatePercent,
    LocalDate InterestFrom,
    LocalDate InterestTo,
    int Days,
    decimal Interest,
    decimal Price,
    decimal? Advances = null,
    decimal? ServicingAdvances = null);
