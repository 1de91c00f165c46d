using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>
/// The optional-purchase variants of 2005–2008 pooling and servicing agreements, each worked by
/// hand from the wording of a real clause:
/// <list type="bullet">
/// <item>"Optional Purchase of Delinquent Mortgage Loans" (a 2006-era PSA, public copy named in
/// deals/depositor-first-2006/README.md): "Each of the Depositor and the Servicer ... shall have the
/// option ... to purchase any 90+ Delinquent Mortgage Loans ... During the first ten (10) days after
/// a Mortgage Loan becomes a 90+ Delinquent Mortgage Loan, the Depositor shall have the exclusive
/// option ... purchase price ... 100% of the unpaid principal balance ... plus accrued and unpaid
/// interest ... at the applicable Mortgage Interest Rate, plus the amount of any unreimbursed
/// Servicing Advances": any time, two purchasers, an exclusive period, advances in the price;</item>
/// <item>the NIMS Insurer clause of Park Place Securities 2005-WCW3 / Argent PSAs, Section
/// 3.16(a)(i) ("may, at its option, purchase a Mortgage Loan which has become 90 or more days
/// delinquent"): any time, one purchaser;</item>
/// <item>the MBA and OTS delinquency methods as PSAs of the period define them ("MBA Method":
/// delinquent if the Monthly Payment is not received by the end of the day immediately preceding
/// the loan's next Due Date; "OTS Method": not received by the close of business on the loan's Due
/// Date in the following month; definitions collected at lawinsider.com/dictionary/mba-methodology
/// and markettransfer.info/dictionary/ots-method).</item>
/// </list>
/// Every loan below is a 100,000.00 loan at 8% (0.5% servicing fee) due on the 1st, unless stated.
/// </summary>
public sealed class PurchaseVariantsTests
{
    private static OptionalPurchaseRules RulesFor(OptionalPurchaseTerms terms, string? price = null)
    {
        var chosen = new List<Interpretation>();
        if (price is not null) chosen.Add(LoanReadings.All.First(d => d.Key == LoanReadings.PurchasePrice).Resolve(price));
        return OptionalPurchaseRules.For(terms, new Interpretations(chosen));
    }

    private static readonly OptionalPurchaseTerms _depositorFirst = Terms with
    {
        Purchaser = "Depositor",
        Window = PurchaseWindowKind.AnyTime,
        Method = DelinquencyMethod.Mba,
        NamedPurchasers = new[] { new OptionalPurchaser("Depositor", 10), new OptionalPurchaser("Servicer") },
        PriceAddsServicingAdvances = true,
    };

    // ---- MBA and OTS counts ----

    [Fact]
    public void Mba_counts_a_payment_due_1_January_unpaid_at_31_March_as_three_payments_90_days()
    {
        // Unpaid 1 Jan, 1 Feb, 1 Mar; each is late at the close of the day before the next due date
        // (31 Jan, 28 Feb, 31 Mar): 3 × 30 = 90. Calendar days: 1 Jan to 31 Mar = 89.
        Assert.Equal(90, DelinquencyMethod.Mba.DaysDelinquent(D(2007, 1, 1), D(2007, 3, 31)));
        Assert.Equal(89, DelinquencyMethod.Days.DaysDelinquent(D(2007, 1, 1), D(2007, 3, 31)));
        // OTS: late only at the close of the following due date (1 Feb, 1 Mar; 1 Apr not yet): 60.
        Assert.Equal(60, DelinquencyMethod.Ots.DaysDelinquent(D(2007, 1, 1), D(2007, 3, 31)));
        Assert.Equal(90, DelinquencyMethod.Ots.DaysDelinquent(D(2007, 1, 1), D(2007, 4, 1)));
    }

    [Fact]
    public void The_definitions_examples_hold()
    {
        // MBA: due 1 August, nothing received by the close of 31 August: delinquent (30 days) on
        // the statement made as of 31 August; on 30 August still current.
        Assert.Equal(30, DelinquencyMethod.Mba.DaysDelinquent(D(2006, 8, 1), D(2006, 8, 31)));
        Assert.Equal(0, DelinquencyMethod.Mba.DaysDelinquent(D(2006, 8, 1), D(2006, 8, 30)));
        // OTS: due 1 July, unpaid at the close of 1 August: 30 days; reported current at the end of July.
        Assert.Equal(0, DelinquencyMethod.Ots.DaysDelinquent(D(2006, 7, 1), D(2006, 7, 31)));
        Assert.Equal(30, DelinquencyMethod.Ots.DaysDelinquent(D(2006, 7, 1), D(2006, 8, 1)));
    }

    [Fact]
    public void A_loan_due_on_the_31st_counts_against_the_clamped_month_ends()
    {
        // Due 31 Jan; following due dates 28 Feb, 31 Mar, 30 Apr. MBA: late at the close of 27 Feb,
        // 30 Mar, 29 Apr.
        Assert.Equal(30, DelinquencyMethod.Mba.DaysDelinquent(D(2007, 1, 31), D(2007, 2, 27)));
        Assert.Equal(90, DelinquencyMethod.Mba.DaysDelinquent(D(2007, 1, 31), D(2007, 4, 29)));
        Assert.Equal(D(2007, 4, 29), DelinquencyMethod.Mba.ReachedOn(D(2007, 1, 31), 90));
        Assert.Equal(D(2007, 4, 30), DelinquencyMethod.Ots.ReachedOn(D(2007, 1, 31), 90));
    }

    [Fact]
    public void Under_mba_the_loan_crosses_90_on_the_day_before_its_fourth_due_date()
    {
        var rules = RulesFor(Terms with { Method = DelinquencyMethod.Mba });
        var status = StatusOn(D(2007, 3, 31), new[] { Tape(D(2007, 3, 31), D(2007, 1, 1)) }, rules: rules);
        Assert.Equal(90, status.DaysDelinquent);
        Assert.Equal(D(2007, 3, 31), status.Episode!.CrossedOn);
        // Quarterly window of RAMP's Section 4.07 on top: Q1 crossing, window 2007-04-02 .. 2007-06-28.
        Assert.Equal(LoanPurchaseStatus.AwaitingWindow, status.Status);
        Assert.Equal(D(2007, 4, 2), status.Episode.Window.Start);
    }

    // ---- any time, several purchasers, exclusive period, advances ----

    [Fact]
    public void Any_time_window_opens_on_the_crossing_day_and_never_lapses()
    {
        // NIMS Insurer clause: any time once 90 days delinquent. Days method: due 2007-01-01 + 90 =
        // 2007-04-01. Still 90+ at the 2007-12-31 tape (364 days): in window, not lapsed.
        var rules = RulesFor(Terms with { Window = PurchaseWindowKind.AnyTime });
        var tapes = new[] { Tape(D(2007, 4, 30), D(2007, 1, 1)), Tape(D(2007, 12, 31), D(2007, 1, 1)) };
        var status = StatusOn(D(2007, 12, 31), tapes, rules: rules);
        Assert.Equal(LoanPurchaseStatus.InWindow, status.Status);
        Assert.Equal(D(2007, 4, 1), status.Episode!.Window.Start);
        Assert.Null(status.Episode.Window.End);
    }

    [Fact]
    public void The_depositor_buys_in_its_exclusive_period_at_principal_interest_and_servicing_advances()
    {
        // deals/depositor-first-2006 loan H01: 200,000.00 at 7.5%, unpaid from 2007-01-01, MBA 90
        // days on 2007-03-31; exclusive to the Depositor through 2007-04-10. Bought 2007-04-05:
        // interest 30/360 from 2006-12-01 to 2007-05-01 = 150 days: 200,000 × 7.5% × 150/360 =
        // 6,250.00; Servicing Advances on the tape 1,234.56; price 207,484.56.
        var rules = RulesFor(_depositorFirst, LoanReadings.NoteRateInterest);
        var tape = new LoanSnapshot(D(2007, 3, 31), 200_000m, D(2007, 1, 1), 7.5m, 0.375m, 1_250m, 1_234.56m);
        var status = StatusOn(D(2007, 4, 30), new[] { tape }, new Purchase("L1", D(2007, 4, 5), 207_484.56m, 2, "Depositor"), rules);
        Assert.Equal(LoanPurchaseStatus.Purchased, status.Status);
        Assert.Equal(D(2007, 4, 10), status.Episode!.Window.ExclusiveUntil);
        var price = status.Purchase!.ComputedPrice!;
        Assert.Equal(150, price.Days);
        Assert.Equal(6_250.00m, price.Interest);
        Assert.Null(price.Advances);            // the clause adds Servicing Advances only
        Assert.Equal(1_234.56m, price.ServicingAdvances);
        Assert.Equal(207_484.56m, price.Price);
        Assert.Equal(0m, status.Purchase.PriceDifference);
    }

    [Fact]
    public void The_servicer_inside_the_depositors_ten_days_is_an_exception_and_on_the_eleventh_is_not()
    {
        // Unpaid from 2007-02-01: MBA 90 days at the close of 2007-04-30 (the day before 1 May).
        // "The first ten days after" it: through 2007-05-10.
        var rules = RulesFor(_depositorFirst);
        var tapes = new[] { Tape(D(2007, 4, 30), D(2007, 2, 1)) };
        var inside = StatusOn(D(2007, 5, 31), tapes, new Purchase("L1", D(2007, 5, 10), 1m, 2, "Servicer"), rules);
        Assert.Equal(LoanPurchaseStatus.PurchaseException, inside.Status);
        Assert.Equal(PurchaseExceptionKind.ExclusivePeriod, inside.Purchase!.ExceptionKind);
        var after = StatusOn(D(2007, 5, 31), tapes, new Purchase("L1", D(2007, 5, 11), 1m, 2, "Servicer"), rules);
        Assert.Equal(LoanPurchaseStatus.Purchased, after.Status);
    }

    [Fact]
    public void Both_advances_are_added_when_the_price_names_both()
    {
        // 100,000.00 at 8% unpaid from 2007-01-01, bought 2007-04-16: 30/360 from 2006-12-01 to
        // 2007-05-01 = 150 days: 100,000 × 8% × 150/360 = 3,333.33; + Advances 2,000.00 + Servicing
        // Advances 350.25 = 105,683.58 (note rate, as "at the Mortgage Rate").
        var rules = RulesFor(Terms with { Window = PurchaseWindowKind.AnyTime, PriceAddsAdvances = true, PriceAddsServicingAdvances = true },
            LoanReadings.NoteRateInterest);
        var tape = new LoanSnapshot(D(2007, 4, 15), 100_000m, D(2007, 1, 1), 8m, 0.5m, 2_000m, 350.25m);
        var price = rules.PriceOf(tape, D(2007, 4, 16));
        Assert.Equal(3_333.33m, price.Interest);
        Assert.Equal(105_683.58m, price.Price);
    }

    // ---- monthly windows and other thresholds ----

    [Fact]
    public void Monthly_window_is_the_month_after_the_crossing_between_its_business_days()
    {
        // 120 days: due 2007-05-01 + 120 = 2007-08-29. Window: September 2007, first USNY Business
        // Day (Tuesday 4 Sep, after Labor Day) to the second-to-last (Thursday 27 Sep).
        var rules = RulesFor(Terms with { DelinquencyThresholdDays = 120, Window = PurchaseWindowKind.MonthAfterCrossing });
        var status = StatusOn(D(2007, 8, 31), new[] { Tape(D(2007, 8, 31), D(2007, 5, 1)) }, rules: rules);
        Assert.Equal(D(2007, 8, 29), status.Episode!.CrossedOn);
        Assert.Equal(D(2007, 9, 4), status.Episode.Window.Start);
        Assert.Equal(D(2007, 9, 27), status.Episode.Window.End);
        Assert.Equal("2007-08", status.Episode.Window.CrossingPeriod);
        Assert.Equal(LoanPurchaseStatus.AwaitingWindow, status.Status);
    }

    [Theory]
    [InlineData(60, 2007, 3, 2)]    // due 2007-01-01 + 60 days
    [InlineData(151, 2007, 6, 1)]   // + 151 days (31 + 28 + 31 + 30 + 31 = 151)
    public void Other_thresholds_cross_on_due_date_plus_the_days(int threshold, int year, int month, int day)
    {
        var rules = RulesFor(Terms with { DelinquencyThresholdDays = threshold, Window = PurchaseWindowKind.AnyTime });
        var status = StatusOn(D(2007, 6, 30), new[] { Tape(D(2007, 6, 30), D(2007, 1, 1)) }, rules: rules);
        Assert.Equal(new NodaTime.LocalDate(year, month, day), status.Episode!.CrossedOn);
        Assert.Equal(LoanPurchaseStatus.InWindow, status.Status);
    }

    [Fact]
    public void Delinquency_on_the_purchase_date_is_counted_by_the_method_too()
    {
        // OTS. Tape 2007-01-31, next due 2006-10-01: unpaid at the close of 1 Nov, 1 Dec, 1 Jan:
        // 90 days, crossed on 2007-01-01. A partial payment: tape 2007-03-31, next due 2007-01-01:
        // late at the close of 1 Feb and 1 Mar only, 60 days (not brought current, so the episode
        // goes on). On the purchase date 2007-04-02, after the close of 1 April: 90 days.
        var terms = Terms with { Method = DelinquencyMethod.Ots, Window = PurchaseWindowKind.AnyTime };
        var tapes = new[] { Tape(D(2007, 1, 31), D(2006, 10, 1)), Tape(D(2007, 3, 31), D(2007, 1, 1)) };
        var purchase = new Purchase("L1", D(2007, 4, 2), 1m, 2, "MasterServicer");
        var onPurchaseDate = StatusOn(D(2007, 4, 30), tapes, purchase, RulesFor(terms with { DelinquentOnPurchaseDate = true }));
        Assert.Equal(LoanPurchaseStatus.Purchased, onPurchaseDate.Status);
        Assert.Equal(D(2007, 1, 1), onPurchaseDate.Episode!.CrossedOn);
        var atTape = StatusOn(D(2007, 4, 30), tapes, purchase, RulesFor(terms));
        Assert.Equal(PurchaseExceptionKind.BelowThreshold, atTape.Purchase!.ExceptionKind);
    }
}
