using NodaTime;
using Reporting.Calendars;

namespace Reporting.Loans;

/// <summary>
/// The Purchase Price (the <c>loans.purchase-price</c> reading): unpaid principal balance plus
/// 30/360 interest from the paid-through date to the first day of the month after the purchase.
/// The Pooling and Servicing Agreement that defines it is not among the sources, so the rate
/// is a configurable reading.
/// </summary>
public sealed class PurchasePriceFormula
{
    private readonly Func<LoanSnapshot, decimal> _rate;

    private PurchasePriceFormula(string name, Func<LoanSnapshot, decimal> rate)
    {
        Name = name;
        _rate = rate;
    }

    public string Name { get; }

    /// <summary>Interest at the net mortgage rate (note rate less servicing fee): the default reading.</summary>
    public static PurchasePriceFormula NetRate { get; } = new(LoanReadings.NetRateInterest, tape => tape.NetRatePercent);

    /// <summary>Interest at the full note rate.</summary>
    public static PurchasePriceFormula NoteRate { get; } = new(LoanReadings.NoteRateInterest, tape => tape.NoteRatePercent);

    public static IReadOnlyList<PurchasePriceFormula> All { get; } = new[] { NetRate, NoteRate };

    public static PurchasePriceFormula Named(string name) => All.First(f => f.Name == name);

    /// <summary>The price of the loan <paramref name="tape"/> shows, if purchased on <paramref name="purchaseDate"/>.</summary>
    /// <param name="addsAdvances">The deal's Purchase Price adds unreimbursed Advances.</param>
    /// <param name="addsServicingAdvances">The deal's Purchase Price adds unreimbursed Servicing Advances.</param>
    public PurchasePriceCalculation Calculate(LoanSnapshot tape, LocalDate purchaseDate, bool addsAdvances = false, bool addsServicingAdvances = false)
    {
        // An installment due on the 1st pays the month before it: interest is paid to one
        // month before the oldest unpaid due date.
        var from = tape.NextDueDate.PlusMonths(-1);
        var to = new LocalDate(purchaseDate.Year, purchaseDate.Month, 1).PlusMonths(1);
        // A loan paid ahead owes no interest to the trust; it is never credited a negative amount.
        int days = Math.Max(0, DayCount.Thirty360.Days(from, to));
        var ratePercent = _rate(tape);
        var interest = Math.Round(tape.Upb * ratePercent / 100m * days / 360m, 2, MidpointRounding.AwayFromZero);
        // Advances outstanding at the tape's date are what the trust owes the servicer back; the
        // price makes it whole (they are added as the tape reports them, to the cent).
        decimal? advances = addsAdvances ? Math.Round(tape.Advances, 2, MidpointRounding.AwayFromZero) : null;
        decimal? servicingAdvances = addsServicingAdvances ? Math.Round(tape.ServicingAdvances, 2, MidpointRounding.AwayFromZero) : null;
        var price = Math.Round(tape.Upb, 2, MidpointRounding.AwayFromZero) + interest + (advances ?? 0m) + (servicingAdvances ?? 0m);
        return new PurchasePriceCalculation(purchaseDate, tape.ReportDate, tape.Upb, ratePercent, from, to, days, interest, price,
            advances, servicingAdvances);
    }

    public override string ToString() => Name;
}
