using Reporting.Deals;
using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>
/// "Delinquent in payment by 90 days or more as of the date of purchase" (the wording of the
/// optional-purchase clauses of 2006–2007 RALI/RAMP pooling and servicing agreements) against the
/// tape-based reading. Worked by hand on a loan due on the 15th of each month:
///   tape 2006-08-31, next due 2006-05-15: 108 days; it reached 90 days in Q3 2006, so its window
///   runs from the first USNY Business Day of Q4 (2006-10-02) to the second-to-last (2006-12-28);
///   tape 2006-09-30, next due 2006-06-15: 107 days;
///   tape 2006-10-31, next due 2006-08-15: 77 days (partly paid; not brought current, so the
///   episode goes on);
///   purchase 2006-11-20: 16 + 30 + 31 + 20 = 97 days from 2006-08-15.
/// </summary>
public sealed class DelinquentOnPurchaseDateTests
{
    private static readonly LoanSnapshot[] _tapes =
    {
        Tape(D(2006, 8, 31), D(2006, 5, 15)),
        Tape(D(2006, 9, 30), D(2006, 6, 15)),
        Tape(D(2006, 10, 31), D(2006, 8, 15)),
    };

    private static readonly Purchase _bought = new("L1", D(2006, 11, 20), 100_000m, 2);

    [Fact]
    public void Measured_on_the_purchase_date_the_loan_is_97_days_late_and_qualifies()
    {
        var rules = OptionalPurchaseRules.For(Terms with { DelinquentOnPurchaseDate = true }, new Interpretations(Array.Empty<Interpretation>()));
        var status = StatusOn(D(2006, 11, 30), _tapes, _bought, rules);
        Assert.Equal(LoanPurchaseStatus.Purchased, status.Status);
    }

    [Fact]
    public void Measured_at_the_last_tape_the_loan_is_77_days_late_and_does_not()
    {
        var status = StatusOn(D(2006, 11, 30), _tapes, _bought);
        Assert.Equal(LoanPurchaseStatus.PurchaseException, status.Status);
        Assert.Equal((77, D(2006, 10, 31), false), (status.Purchase!.DaysAtPurchase, status.Purchase.MeasuredOn, status.Purchase.MeasuredOnPurchaseDate));
    }
}
