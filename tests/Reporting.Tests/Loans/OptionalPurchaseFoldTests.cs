using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;

namespace Reporting.Tests.Loans;

/// <summary>
/// One loan's path through Section 4.07, from hand-made month-end tapes. Each test works the
/// days, the crossing date, the window and the status by hand in its comments.
/// </summary>
public class OptionalPurchaseFoldTests
{
    // A loan that pays nothing from 1 Dec 2006: 61 days on 31 Jan 2007 (30 + 31), 89 on
    // 28 Feb (+28), 120 on 31 Mar (+31). It became 90 days late on 1 Dec + 90 = 1 Mar 2007
    // (31 Dec +30, 31 Jan +61, 28 Feb +89, 1 Mar +90): in Q1 2007, between the Feb and Mar tapes.
    private static readonly LoanSnapshot[] _stopsDecember2006 =
    {
        Tape(D(2007, 1, 31), D(2006, 12, 1)),
        Tape(D(2007, 2, 28), D(2006, 12, 1)),
        Tape(D(2007, 3, 31), D(2006, 12, 1)),
        Tape(D(2007, 4, 30), D(2006, 12, 1)),
        Tape(D(2007, 5, 31), D(2006, 12, 1)),
        Tape(D(2007, 6, 30), D(2006, 12, 1)),
    };

    [Fact]
    public void At_89_days_a_loan_is_not_eligible()
    {
        var status = StatusOn(D(2007, 3, 15), _stopsDecember2006);

        Assert.Equal(LoanPurchaseStatus.NotEligible, status.Status);
        Assert.Equal(D(2007, 2, 28), status.Tape!.Value.ReportDate);
        Assert.Equal(89, status.DaysDelinquent);
        Assert.Null(status.Episode);
    }

    [Fact]
    public void Crossing_between_tapes_is_next_due_date_plus_90_and_waits_for_the_next_quarter()
    {
        // Latest tape on 2 Apr 2007 is 31 Mar (120 days). Crossed 1 Mar 2007 (Q1): window Q2 2007,
        // Mon 2 Apr (1 Apr is a Sunday) to Thu 28 Jun (30 Jun Saturday, 29 Jun the last Business Day).
        var awaiting = StatusOn(D(2007, 4, 1), _stopsDecember2006);
        var open = StatusOn(D(2007, 4, 2), _stopsDecember2006);

        Assert.Equal(LoanPurchaseStatus.AwaitingWindow, awaiting.Status);
        Assert.Equal(120, awaiting.DaysDelinquent);
        Assert.Equal(D(2007, 3, 1), awaiting.Episode!.CrossedOn);
        Assert.Equal(D(2007, 3, 31), awaiting.Episode.FirstReportedOn);
        Assert.Equal(D(2007, 4, 2), awaiting.Episode.Window.Start);
        Assert.Equal(D(2007, 6, 28), awaiting.Episode.Window.End);
        Assert.Equal(LoanPurchaseStatus.InWindow, open.Status);
    }

    [Fact]
    public void In_window_the_price_is_as_if_purchased_on_the_status_date()
    {
        // 2 Apr 2007, tape 31 Mar: paid to 1 Nov 2006, runs to 1 May 2007 = 6 months = 180 days.
        // 100,000 × 7.5% × 180/360 = 3,750.00; price 103,750.00.
        var status = StatusOn(D(2007, 4, 2), _stopsDecember2006);

        Assert.Equal(103_750.00m, status.PriceAsOf!.Price);
        Assert.Equal(D(2007, 4, 2), status.PriceAsOf.PurchaseDate);
        Assert.Equal(D(2007, 3, 31), status.PriceAsOf.TapeDate);
    }

    [Fact]
    public void The_window_closes_at_the_second_to_last_business_day()
    {
        Assert.Equal(LoanPurchaseStatus.InWindow, StatusOn(D(2007, 6, 28), _stopsDecember2006).Status);
        Assert.Equal(LoanPurchaseStatus.Lapsed, StatusOn(D(2007, 6, 29), _stopsDecember2006).Status);
    }

    [Fact]
    public void Partial_payments_move_the_next_due_date_but_not_the_crossing()
    {
        // Stops at 1 May 2007: 60 days on 30 Jun, 91 on 31 Jul: crossed 1 May + 90 = 30 Jul 2007 (Q3).
        // Then each month one installment is paid: due 1 Jun on 31 Aug (91 days), 1 Jul on 30 Sep (91),
        // 1 Aug on 31 Oct (91). Never cured, so the crossing stays 30 Jul and the window is Q4 2007:
        // Mon 1 Oct to Fri 28 Dec (31 Dec is a Monday, the last Business Day).
        var tapes = new[]
        {
            Tape(D(2007, 6, 30), D(2007, 5, 1)),
            Tape(D(2007, 7, 31), D(2007, 5, 1)),
            Tape(D(2007, 8, 31), D(2007, 6, 1)),
            Tape(D(2007, 9, 30), D(2007, 7, 1)),
            Tape(D(2007, 10, 31), D(2007, 8, 1)),
        };

        var status = StatusOn(D(2007, 11, 1), tapes);

        Assert.Equal(LoanPurchaseStatus.InWindow, status.Status);
        Assert.Equal(91, status.DaysDelinquent);
        Assert.Equal(D(2007, 7, 30), status.Episode!.CrossedOn);
        Assert.Equal(D(2007, 12, 28), status.Episode.Window.End);
        Assert.Equal(1, status.EpisodeCount);
    }

    // Stops at 1 Jul 2007: 61 days on 31 Aug, 91 on 30 Sep: crossed 1 Jul + 90 = 29 Sep 2007 (Q3),
    // window 1 Oct - 28 Dec 2007. On 31 Oct a partial payment moves the next due date to 1 Sep:
    // 60 days (30 Sep +29, 31 Oct +60) but not current. On 30 Nov, 90 days again (1 Sep + 90 = 30 Nov).
    private static readonly LoanSnapshot[] _belowNinetyWithoutCure =
    {
        Tape(D(2007, 8, 31), D(2007, 7, 1)),
        Tape(D(2007, 9, 30), D(2007, 7, 1)),
        Tape(D(2007, 10, 31), D(2007, 9, 1)),
        Tape(D(2007, 11, 30), D(2007, 9, 1)),
        Tape(D(2007, 12, 31), D(2007, 9, 1)),
    };

    [Fact]
    public void Below_90_but_not_cured_is_not_eligible_and_keeps_its_episode()
    {
        var status = StatusOn(D(2007, 11, 15), _belowNinetyWithoutCure);

        Assert.Equal(LoanPurchaseStatus.NotEligible, status.Status);
        Assert.Equal(60, status.DaysDelinquent);
        Assert.Equal(D(2007, 9, 29), status.Episode!.CrossedOn);
        Assert.Null(status.LastCuredOn);
    }

    [Fact]
    public void Back_at_90_in_the_same_episode_the_window_is_unchanged()
    {
        var inWindow = StatusOn(D(2007, 11, 30), _belowNinetyWithoutCure);
        var lapsed = StatusOn(D(2007, 12, 31), _belowNinetyWithoutCure);

        Assert.Equal(LoanPurchaseStatus.InWindow, inWindow.Status);
        Assert.Equal(90, inWindow.DaysDelinquent);
        Assert.Equal(D(2007, 9, 29), inWindow.Episode!.CrossedOn);
        Assert.Equal(1, inWindow.Episode.Number);
        Assert.Equal(LoanPurchaseStatus.Lapsed, lapsed.Status); // 121 days, after 28 Dec
    }

    [Fact]
    public void Under_the_below_threshold_cure_reading_the_drop_to_60_days_starts_a_new_episode()
    {
        // Cured on 31 Oct (60 < 90). On 30 Nov: 90 days, a new crossing 1 Sep + 90 = 30 Nov 2007 (Q4):
        // window Q1 2008, Wed 2 Jan (1 Jan a holiday) to Fri 28 Mar.
        var rules = Rules(cure: LoanReadings.BelowThreshold);

        var status = StatusOn(D(2007, 11, 30), _belowNinetyWithoutCure, rules: rules);

        Assert.Equal(LoanPurchaseStatus.AwaitingWindow, status.Status);
        Assert.Equal(2, status.Episode!.Number);
        Assert.Equal(D(2007, 11, 30), status.Episode.CrossedOn);
        Assert.Equal(D(2008, 1, 2), status.Episode.Window.Start);
        Assert.Equal(D(2007, 10, 31), status.LastCuredOn);
    }

    // Stops at 1 Aug 2006: 60 days on 30 Sep 2006, 91 on 31 Oct: crossed 1 Aug + 90 = 30 Oct 2006 (Q4),
    // window 2 Jan - 29 Mar 2007, never used. Brought current on 30 Apr 2007 (next due 1 May). Stops
    // paying at 1 May: 30, 60, then 91 days on 31 Jul: crossed 1 May + 90 = 30 Jul 2007 (Q3), a later
    // quarter: a new window, Q4 2007 (1 Oct - 28 Dec).
    private static readonly LoanSnapshot[] _curedAndAgain =
    {
        Tape(D(2006, 9, 30), D(2006, 8, 1)),
        Tape(D(2006, 10, 31), D(2006, 8, 1)),
        Tape(D(2007, 3, 31), D(2006, 8, 1)),
        Tape(D(2007, 4, 30), D(2007, 5, 1)),
        Tape(D(2007, 5, 31), D(2007, 5, 1)),
        Tape(D(2007, 6, 30), D(2007, 5, 1)),
        Tape(D(2007, 7, 31), D(2007, 5, 1)),
        Tape(D(2007, 10, 31), D(2007, 5, 1)),
    };

    [Fact]
    public void A_lapsed_window_stays_lapsed_while_the_delinquency_lasts()
    {
        var status = StatusOn(D(2007, 4, 15), _curedAndAgain); // tape 31 Mar 2007: 242 days

        Assert.Equal(LoanPurchaseStatus.Lapsed, status.Status);
        Assert.Equal(D(2006, 10, 30), status.Episode!.CrossedOn);
    }

    [Fact]
    public void A_cure_ends_the_episode()
    {
        var status = StatusOn(D(2007, 5, 1), _curedAndAgain);

        Assert.Equal(LoanPurchaseStatus.NotEligible, status.Status);
        Assert.Equal(0, status.DaysDelinquent);
        Assert.Null(status.Episode);
        Assert.Equal(D(2007, 4, 30), status.LastCuredOn);
    }

    [Fact]
    public void A_new_crossing_after_a_cure_opens_a_new_window()
    {
        var awaiting = StatusOn(D(2007, 8, 1), _curedAndAgain);
        var open = StatusOn(D(2007, 11, 1), _curedAndAgain);

        Assert.Equal(LoanPurchaseStatus.AwaitingWindow, awaiting.Status);
        Assert.Equal(2, awaiting.Episode!.Number);
        Assert.Equal(D(2007, 7, 30), awaiting.Episode.CrossedOn);
        Assert.Equal(D(2007, 10, 1), awaiting.Episode.Window.Start);
        Assert.Equal(LoanPurchaseStatus.InWindow, open.Status);
        Assert.Equal(2, open.EpisodeCount);
    }

    [Fact]
    public void A_reversed_cure_continues_the_old_episode()
    {
        // Crossed 30 Oct 2006 as above; the 30 Apr 2007 tape shows it current, but the payments are
        // returned and the 31 May tape shows next due 1 Aug 2006 again (303 days). 1 Aug + 90 = 30 Oct 2006
        // is before the cure: the cure was reversed, episode 1 continues and its window has lapsed.
        var tapes = new[]
        {
            Tape(D(2006, 10, 31), D(2006, 8, 1)),
            Tape(D(2007, 4, 30), D(2007, 5, 1)),
            Tape(D(2007, 5, 31), D(2006, 8, 1)),
        };

        var status = StatusOn(D(2007, 6, 1), tapes);

        Assert.Equal(LoanPurchaseStatus.Lapsed, status.Status);
        Assert.Equal(1, status.Episode!.Number);
        Assert.Equal(D(2006, 10, 30), status.Episode.CrossedOn);
        Assert.Null(status.LastCuredOn);
    }

    // Leap year 2008, next due 1 Jan: 59 days on 29 Feb (30 + 29); no March tape; 120 on 30 Apr.
    private static readonly LoanSnapshot[] _missingMarchTape =
    {
        Tape(D(2008, 2, 29), D(2008, 1, 1)),
        Tape(D(2008, 4, 30), D(2008, 1, 1)),
    };

    [Fact]
    public void A_crossing_in_the_quarter_before_the_tape_that_shows_it_keeps_its_quarter()
    {
        // 1 Jan + 90 = 31 Mar 2008 (Q1, leap year: 30 + 29 + 31), though the first tape to show it is
        // 30 Apr (Q2). Window Q2 2008: Tue 1 Apr - Fri 27 Jun; on 1 May it is open.
        var status = StatusOn(D(2008, 5, 1), _missingMarchTape);

        Assert.Equal(D(2008, 3, 31), status.Episode!.CrossedOn);
        Assert.Equal(D(2008, 4, 30), status.Episode.FirstReportedOn);
        Assert.Equal(LoanPurchaseStatus.InWindow, status.Status);
    }

    [Fact]
    public void Under_the_first_tape_reading_the_crossing_is_the_tape_date()
    {
        // Crossed on 30 Apr 2008 (Q2): window Q3 2008, Tue 1 Jul - Mon 29 Sep; on 1 May it awaits.
        var status = StatusOn(D(2008, 5, 1), _missingMarchTape, rules: Rules(crossing: LoanReadings.FirstTapeReportDate));

        Assert.Equal(D(2008, 4, 30), status.Episode!.CrossedOn);
        Assert.Equal(D(2008, 7, 1), status.Episode.Window.Start);
        Assert.Equal(LoanPurchaseStatus.AwaitingWindow, status.Status);
    }

    [Fact]
    public void A_purchase_inside_the_window_while_90_days_late_qualifies()
    {
        // 15 May 2007: latest tape 30 Apr (150 days), window 2 Apr - 28 Jun. Price: paid to 1 Nov 2006,
        // to 1 Jun 2007 = 7 months = 210 days: 100,000 × 7.5% × 210/360 = 4,375.00; 104,375.00.
        var purchase = new Purchase("L1", D(2007, 5, 15), 104_375.00m, 2);

        var status = StatusOn(D(2007, 6, 30), _stopsDecember2006, purchase);

        Assert.Equal(LoanPurchaseStatus.Purchased, status.Status);
        Assert.Equal(D(2007, 4, 30), status.Tape!.Value.ReportDate); // the tape at the purchase, not later ones
        Assert.Equal(150, status.DaysDelinquent);
        Assert.Equal(104_375.00m, status.Purchase!.ComputedPrice!.Price);
        Assert.Equal(0m, status.Purchase.PriceDifference);
    }

    [Fact]
    public void A_purchase_on_the_last_day_of_the_window_qualifies_and_the_next_day_does_not()
    {
        var onTime = StatusOn(D(2007, 6, 30), _stopsDecember2006, new Purchase("L1", D(2007, 6, 28), 1m, 2));
        var late = StatusOn(D(2007, 6, 30), _stopsDecember2006, new Purchase("L1", D(2007, 6, 29), 1m, 2));

        Assert.Equal(LoanPurchaseStatus.Purchased, onTime.Status);
        Assert.Equal(LoanPurchaseStatus.PurchaseException, late.Status);
        Assert.Equal(PurchaseExceptionKind.AfterWindow, late.Purchase!.ExceptionKind);
        Assert.Equal((D(2007, 4, 2), D(2007, 6, 28)), (late.Purchase.Episode!.Window.Start, late.Purchase.Episode.Window.End));
    }

    [Fact]
    public void A_purchase_before_the_window_is_an_exception()
    {
        // 31 Mar 2007: the tape of that day counts (on or before): 120 days, crossed 1 Mar, window opens 2 Apr.
        var status = StatusOn(D(2007, 4, 30), _stopsDecember2006, new Purchase("L1", D(2007, 3, 31), 1m, 2));

        Assert.Equal(LoanPurchaseStatus.PurchaseException, status.Status);
        Assert.Equal(PurchaseExceptionKind.BeforeWindow, status.Purchase!.ExceptionKind);
        Assert.Equal((D(2007, 4, 2), D(2007, 6, 28), D(2007, 3, 1)),
            (status.Purchase.Episode!.Window.Start, status.Purchase.Episode.Window.End, status.Purchase.Episode.CrossedOn));
    }

    [Fact]
    public void A_purchase_below_90_days_is_an_exception_even_if_the_loan_crossed_later()
    {
        // 10 Mar 2007: latest tape 28 Feb shows 89 days (it crossed on 1 Mar, but no tape shows it yet).
        var status = StatusOn(D(2007, 6, 30), _stopsDecember2006, new Purchase("L1", D(2007, 3, 10), 1m, 2));

        Assert.Equal(LoanPurchaseStatus.PurchaseException, status.Status);
        Assert.Equal(PurchaseExceptionKind.BelowThreshold, status.Purchase!.ExceptionKind);
        Assert.Equal((89, D(2007, 2, 28), false, 90),
            (status.Purchase.DaysAtPurchase, status.Purchase.MeasuredOn, status.Purchase.MeasuredOnPurchaseDate, status.Purchase.ThresholdDays));
    }

    [Fact]
    public void A_purchase_before_any_tape_is_an_exception()
    {
        var status = StatusOn(D(2007, 6, 30), _stopsDecember2006, new Purchase("L1", D(2007, 1, 15), 1m, 2));

        Assert.Equal(PurchaseExceptionKind.NoTape, status.Purchase!.ExceptionKind);
        Assert.Null(status.Tape);
    }

    [Fact]
    public void A_purchase_after_the_status_date_has_not_happened_yet()
    {
        var status = StatusOn(D(2007, 5, 1), _stopsDecember2006, new Purchase("L1", D(2007, 5, 15), 1m, 2));

        Assert.Equal(LoanPurchaseStatus.InWindow, status.Status);
        Assert.Null(status.Purchase);
    }

    [Fact]
    public void A_loan_missing_from_the_latest_tape_is_not_eligible()
    {
        // L1 is 120 days late on 31 Mar 2007 and in its window on 2 Apr, but the 30 Apr tape has
        // only L2: L1 left the pool.
        var fold = new OptionalPurchaseFold(Rules(), D(2007, 5, 1), Array.Empty<Purchase>());
        fold.Add("L1", Tape(D(2007, 3, 31), D(2006, 12, 1)), 2);
        fold.Add("L2", Tape(D(2007, 3, 31), D(2007, 4, 1)), 3);
        fold.Add("L2", Tape(D(2007, 4, 30), D(2007, 5, 1)), 4);

        var l1 = fold.Complete().Loans.Single(l => l.LoanId == "L1");

        Assert.False(l1.OnLatestTape);
        Assert.Equal(LoanPurchaseStatus.NotEligible, l1.Status);
        Assert.Equal(120, l1.DaysDelinquent);
    }

    [Fact]
    public void Loans_first_taped_after_the_status_date_are_left_out_and_counts_cover_every_status()
    {
        var fold = new OptionalPurchaseFold(Rules(), D(2007, 3, 31), Array.Empty<Purchase>());
        fold.Add("L1", Tape(D(2007, 3, 31), D(2006, 12, 1)), 2);
        fold.Add("L2", Tape(D(2007, 4, 30), D(2007, 5, 1)), 3);

        var report = fold.Complete();

        Assert.Equal(new[] { "L1" }, report.Loans.Select(l => l.LoanId));
        Assert.Equal(2, report.TapeRowsRead);
        Assert.Equal(D(2007, 3, 31), report.LatestTapeDate);
        Assert.Equal(6, report.CountsByStatus.Count);
        Assert.Equal(1, report.CountsByStatus.Single(c => c.Status == LoanPurchaseStatus.AwaitingWindow).Count);
    }

    [Fact]
    public void Duplicate_and_out_of_order_rows_are_refused()
    {
        var fold = new OptionalPurchaseFold(Rules(), D(2007, 12, 31), Array.Empty<Purchase>());

        Assert.Null(fold.Add("L1", Tape(D(2007, 3, 31), D(2007, 4, 1)), 2));
        Assert.Equal("loan L1 already has a row for report date 2007-03-31 (line 2)",
            fold.Add("L1", Tape(D(2007, 3, 31), D(2007, 4, 1)), 3));
        Assert.Equal("2007-02-28 is before 2007-03-31, the report date of loan L1 at line 2 (each loan's rows must be in report-date order)",
            fold.Add("L1", Tape(D(2007, 2, 28), D(2007, 3, 1)), 4));
    }
}
