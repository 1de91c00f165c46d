using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>Purchase Prices worked by hand: UPB + UPB × rate × 30/360 days / 360, interest rounded to the cent half up.</summary>
public class PurchasePriceFormulaTests
{
    [Fact]
    public void Net_rate_interest_from_paid_through_date_to_first_of_next_month()
    {
        // Next due 1 Jun 2006, so interest is paid to 1 May 2006. Purchased 15 Nov 2006: interest runs
        // to 1 Dec 2006. 30/360: 7 months = 210 days. Net rate 8% - 0.5% = 7.5%.
        // 200,000.00 × 7.5% × 210/360 = 15,000 × 0.58333... = 8,750.00; price 208,750.00.
        var tape = Tape(D(2006, 10, 31), D(2006, 6, 1), upb: 200_000m, note: 8m, fee: 0.5m);

        var price = PurchasePriceFormula.NetRate.Calculate(tape, D(2006, 11, 15));

        Assert.Equal(D(2006, 5, 1), price.InterestFrom);
        Assert.Equal(D(2006, 12, 1), price.InterestTo);
        Assert.Equal(210, price.Days);
        Assert.Equal(7.5m, price.RatePercent);
        Assert.Equal(8_750.00m, price.Interest);
        Assert.Equal(208_750.00m, price.Price);
    }

    [Fact]
    public void Note_rate_reading_includes_the_servicing_fee()
    {
        // Same loan at the 8% note rate: 200,000 × 8% × 210/360 = 9,333.333... -> 9,333.33; price 209,333.33.
        var tape = Tape(D(2006, 10, 31), D(2006, 6, 1), upb: 200_000m, note: 8m, fee: 0.5m);

        var price = PurchasePriceFormula.NoteRate.Calculate(tape, D(2006, 11, 15));

        Assert.Equal(9_333.33m, price.Interest);
        Assert.Equal(209_333.33m, price.Price);
    }

    [Fact]
    public void Interest_is_rounded_half_up_to_the_cent()
    {
        // 101.00 at 6% net (6.5 - 0.5) for 30 days (paid to 1 Jan 2007, purchased in January: to 1 Feb):
        // 101 × 0.06 × 30/360 = 101 × 0.005 = 0.505 exactly -> 0.51 half up (banker's rounding would give 0.50).
        var tape = Tape(D(2006, 12, 31), D(2007, 2, 1), upb: 101m, note: 6.5m, fee: 0.5m);

        var price = PurchasePriceFormula.NetRate.Calculate(tape, D(2007, 1, 20));

        Assert.Equal(30, price.Days);
        Assert.Equal(0.51m, price.Interest);
        Assert.Equal(101.51m, price.Price);
    }

    [Fact]
    public void Purchase_on_the_last_day_of_a_month_runs_to_the_first_of_the_next()
    {
        // Next due 1 Jan 2007: paid to 1 Dec 2006. Purchased 2 Jan 2007: to 1 Feb 2007 = 2 months = 60 days.
        // Purchased 31 Jan 2007: still to 1 Feb 2007, 60 days. 150,000 × 6.875% × 60/360 = 1,718.75.
        var tape = Tape(D(2006, 12, 31), D(2007, 1, 1), upb: 150_000m, note: 7.25m, fee: 0.375m);

        Assert.Equal(1_718.75m, PurchasePriceFormula.NetRate.Calculate(tape, D(2007, 1, 2)).Interest);
        Assert.Equal(1_718.75m, PurchasePriceFormula.NetRate.Calculate(tape, D(2007, 1, 31)).Interest);
    }

    [Fact]
    public void A_loan_paid_ahead_owes_no_interest()
    {
        // Next due 1 Sep 2007: paid to 1 Aug 2007, beyond 1 Jul 2007 (purchase in June): -30 days, taken as 0.
        var tape = Tape(D(2007, 5, 31), D(2007, 9, 1), upb: 50_000m);

        var price = PurchasePriceFormula.NetRate.Calculate(tape, D(2007, 6, 10));

        Assert.Equal(0, price.Days);
        Assert.Equal(0m, price.Interest);
        Assert.Equal(50_000m, price.Price);
    }
}
