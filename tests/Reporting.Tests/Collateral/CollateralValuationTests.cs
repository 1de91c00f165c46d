using Reporting.Collateral;
using static Reporting.Tests.Collateral.CollateralFixture;
using History = Reporting.Tests.Ratings.RatingsFixture;

namespace Reporting.Tests.Collateral;

/// <summary>Threshold, Exposure, Volatility Buffer and the whole valuation, worked by hand from Paragraph 13 and Schedule I.</summary>
public class CollateralValuationTests
{
    [Fact]
    public void Threshold_is_infinite_while_every_rating_is_at_its_level()
    {
        // S&P short A-1+ (>= A-1), Moody's long Aa2 (>= A1), Moody's short P-1, no negative watch.
        var v = CollateralEngine.Value(Data(History.History()), D("2007-03-02"));
        Assert.Null(v.Threshold.Amount);
        Assert.Equal("infinite", v.Threshold.Kind);
    }

    [Fact]
    public void Threshold_is_zero_when_Moodys_long_term_is_A1_on_negative_watch()
    {
        var v = CollateralEngine.Value(Data(History.History("2007-05-22 Moodys long A1 negative")), D("2007-05-25"));
        Assert.Equal(0m, v.Threshold.Amount);
        Assert.Equal("conditions-hold", v.Threshold.Kind);
        Assert.Equal("Moody's long-term A1 or lower on negative watch", Assert.Single(v.Threshold.Holding).Describe());
    }

    [Fact]
    public void Threshold_is_zero_without_any_Credit_Rating()
    {
        var ratings = History.History("2007-05-22 S&P short NR", "2007-05-22 Moodys long WR", "2007-05-22 Moodys short WR");
        var v = CollateralEngine.Value(Data(ratings), D("2007-05-25"));
        Assert.Equal(0m, v.Threshold.Amount);
        Assert.Equal("no-credit-rating", v.Threshold.Kind);
    }

    [Fact]
    public void A_whole_valuation_worked_by_hand()
    {
        // Valuation Date Fri 2007-08-17. Moody's A3 / P-2 since 08-14: Threshold USD 0.
        // Factor: P-2 puts Morgan in row A-2/P-2; original maturity 2006-09-25..2008-05-25 is
        // within 5 years => 3.25%. Calculation Period: 25 Jul 2007 (Wed) to 25 Aug 2007 (Sat),
        // adjusted to Mon 27 Aug; Schedule I notional 277,867,052.54.
        // Buffer = 277,867,052.54 x 3.25% = 9,030,679.20755 => 9,030,679.21.
        // Modified Exposure = 412,345.67 + 9,030,679.21 = 9,443,024.88 = Credit Support Amount.
        // Posted: cash 5,000,000.00; UST maturing 2009-08-15 (more than 1, less than 10 years)
        // 4,000,000.00 x 86% = 3,440,000.00; total 8,440,000.00.
        // Shortfall 9,443,024.88 - 8,440,000.00 = 1,003,024.88 >= 100,000 => rounded up 1,004,000.00.
        // Notification Mon 2007-08-20 by 12:00; transfer due Tue 2007-08-21.
        var ratings = History.History("2007-05-22 Moodys long A1 negative", "2007-08-14 Moodys long A3", "2007-08-14 Moodys short P-2");
        var data = Data(ratings,
            new[] { Internal("2007-08-17", 412_345.67m) },
            new[]
            {
                Holding("2007-08-17", "cash", "", "", null, 5_000_000m),
                Holding("2007-08-17", "ust", "912828GX", "US Treasury", "2009-08-15", 4_000_000m),
            });
        var v = CollateralEngine.Value(data, D("2007-08-17"));
        Assert.Equal(0m, v.Threshold.Amount);
        Assert.Equal("A-2/P-2", v.VolatilityBuffer.Row);
        Assert.Equal(3.25m, v.VolatilityBuffer.FactorPercent);
        Assert.Equal(5, v.VolatilityBuffer.MaturityColumnYears);
        Assert.Equal(D("2007-07-25"), v.VolatilityBuffer.Period!.AdjustedStart);
        Assert.Equal(D("2007-08-27"), v.VolatilityBuffer.Period.AdjustedEnd);
        Assert.Equal(277_867_052.54m, v.VolatilityBuffer.Notional);
        Assert.Equal(9_030_679.21m, v.VolatilityBuffer.Amount);
        Assert.Equal(412_345.67m, v.Exposure.Used);
        Assert.Equal(9_443_024.88m, v.ModifiedExposure);
        Assert.Equal(9_443_024.88m, v.CreditSupportAmount);
        Assert.Equal(8_440_000.00m, v.PostedValue);
        Assert.Equal(1_004_000m, v.DeliveryAmount);
        Assert.Equal(0m, v.ReturnAmount);
        Assert.Equal(D("2007-08-20"), v.NotificationDate);
        Assert.Equal(D("2007-08-21"), v.TransferDue);
        Assert.Empty(v.Exceptions);
    }

    [Fact]
    public void Factor_row_is_the_worst_row_any_rating_falls_into()
    {
        // S&P short A-3 (row A-3/P-3) and S&P long BB+ (row BB+ or lower): the worst is 4.50%.
        var ratings = History.History("2007-11-06 S&P long BB+", "2007-11-06 S&P short A-3");
        var v = CollateralEngine.Value(Data(ratings, new[] { Internal("2007-11-09", 0m) }), D("2007-11-09"));
        Assert.Equal("BB+ or lower/Ba1 or lower", v.VolatilityBuffer.Row);
        Assert.Equal(4.50m, v.VolatilityBuffer.FactorPercent);
        // Period 2007-10-25..2007-11-26 (25 Nov is a Sunday): notional 175,313,590.92.
        // 175,313,590.92 x 4.5% = 7,889,111.5914 => 7,889,111.59. Negative exposure counts as 0.
        Assert.Equal(7_889_111.59m, v.VolatilityBuffer.Amount);
        Assert.Equal(7_889_111.59m, v.ModifiedExposure);
    }

    [Fact]
    public void Ratings_above_every_row_give_a_Factor_of_zero()
    {
        // Moody's A2 is below A1 (Threshold 0) but falls into no Factor row.
        var v = CollateralEngine.Value(Data(History.History("2007-05-22 Moodys long A2"), new[] { Internal("2007-05-25", 250_000m) }), D("2007-05-25"));
        Assert.Null(v.VolatilityBuffer.Row);
        Assert.Equal(0m, v.VolatilityBuffer.Amount);
        Assert.Equal(250_000m, v.CreditSupportAmount);
    }

    [Theory]
    // Containing period, start inclusive, end exclusive: 2007-08-24 is in 25 Jul..27 Aug,
    // 2007-08-27 starts the next (line ending 2007-09-25, notional 242,879,583.48).
    [InlineData("2007-08-24", 277_867_052.54)]
    [InlineData("2007-08-27", 242_879_583.48)]
    // Last period: 25 Apr 2008 (Fri) to 25 May 2008 (Sun) => Mon 26 May is Memorial Day => Tue 27 May.
    [InlineData("2008-05-23", 2_110_519.01)]
    [InlineData("2008-05-27", 0)]
    // Before the Effective Date there is no period.
    [InlineData("2006-09-22", 0)]
    public void Notional_of_the_calculation_period(string date, decimal notional)
    {
        var data = Data(History.History());
        Assert.Equal(notional, data.Periods.Containing(D(date))?.Notional ?? 0m);
    }

    [Fact]
    public void External_marks_apply_at_SP_BBB_and_the_greater_mark_counts()
    {
        // S&P long BBB from 2007-10-02. Bids 350,000 and 420,000: external mark 420,000 (the higher),
        // above the internal 300,000 => Exposure 420,000.
        var marks = new[]
        {
            Internal("2007-10-05", 300_000m), External("2007-10-05", "Bank A", 350_000m), External("2007-10-05", "Bank B", 420_000m),
            Internal("2007-10-26", 450_000m),
        };
        var data = Data(History.History("2007-10-02 S&P long BBB"), marks);
        var v = CollateralEngine.Value(data, D("2007-10-05"));
        Assert.True(v.Exposure.ExternalRuleApplies);
        Assert.Equal(420_000m, v.Exposure.External);
        Assert.Equal(420_000m, v.Exposure.Used);

        // Three weeks later the 5 Oct verification still stands (within the month); internal 450,000 is greater.
        var later = CollateralEngine.Value(data, D("2007-10-26"));
        Assert.Equal(420_000m, later.Exposure.External);
        Assert.Equal(450_000m, later.Exposure.Used);
    }

    [Fact]
    public void At_SP_BBB_plus_internal_marks_suffice()
    {
        var marks = new[] { Internal("2007-10-05", 300_000m), External("2007-10-05", "Bank A", 350_000m) };
        var v = CollateralEngine.Value(Data(History.History("2007-10-02 S&P long BBB+"), marks), D("2007-10-05"));
        Assert.False(v.Exposure.ExternalRuleApplies);
        Assert.Equal(300_000m, v.Exposure.Used);
        Assert.Null(v.Exposure.External);
    }

    [Fact]
    public void One_bid_and_a_stale_verification_are_exceptions()
    {
        var marks = new[] { Internal("2007-10-05", 300_000m), External("2007-10-05", "Bank A", 350_000m), Internal("2007-11-09", 1m) };
        var data = Data(History.History("2007-10-02 S&P long BBB"), marks);
        Assert.Equal(new ValuationIssue(ValuationIssueKind.TooFewBids, Date: D("2007-10-05"), Count: 1, Limit: 2),
            Assert.Single(CollateralEngine.Value(data, D("2007-10-05")).Exceptions));
        // 2007-11-09 less one month is 2007-10-09: the 5 Oct marks are too old.
        var stale = Assert.Single(CollateralEngine.Value(data, D("2007-11-09")).Exceptions);
        Assert.Equal((ValuationIssueKind.NoExternalMark, D("2007-10-09"), D("2007-11-09")), (stale.Kind, stale.After!.Value, stale.Date!.Value));
        Assert.Equal("S&P long-term BBB or lower", Assert.Single(stale.Clauses!).Describe());
    }

    [Fact]
    public void A_verifier_used_a_fifth_time_in_twelve_months_is_an_exception()
    {
        // Bank A verifies on 5 Oct, 2 Nov, 30 Nov, 28 Dec 2007 and 25 Jan 2008: five uses in
        // the 12 months to 25 Jan 2008, one more than the four allowed.
        string[] dates = { "2007-10-05", "2007-11-02", "2007-11-30", "2007-12-28", "2008-01-25" };
        var marks = dates.SelectMany(d => new[] { Internal(d, 100_000m), External(d, "Bank A", 90_000m), External(d, "Bank B", 95_000m) });
        var data = Data(History.History("2007-10-02 S&P long BBB"), marks);
        Assert.Empty(CollateralEngine.Value(data, D("2007-12-28")).Exceptions);
        var v = CollateralEngine.Value(data, D("2008-01-25"));
        Assert.Equal(new[]
        {
            new ValuationIssue(ValuationIssueKind.VerifierOverused, Date: D("2008-01-25"), Count: 5, Limit: 4, Months: 12, Provider: "Bank A"),
            new ValuationIssue(ValuationIssueKind.VerifierOverused, Date: D("2008-01-25"), Count: 5, Limit: 4, Months: 12, Provider: "Bank B"),
        }, v.Exceptions);
    }

    [Fact]
    public void Without_an_internal_mark_the_amounts_are_unknown()
    {
        var v = CollateralEngine.Value(Data(History.History("2007-05-22 Moodys long A2")), D("2007-05-25"));
        Assert.Null(v.Exposure.Used);
        Assert.Null(v.CreditSupportAmount);
        Assert.Null(v.DeliveryAmount);
        Assert.Null(v.ReturnAmount);
    }

    [Fact]
    public void Return_amount_when_the_threshold_becomes_infinite_again()
    {
        // Healthy ratings: Credit Support Amount 0. Posted cash 9,876,543.21 => Return rounded down 9,876,000.00.
        var data = Data(History.History(), new[] { Internal("2008-02-15", 80_000m) },
            new[] { Holding("2008-02-15", "cash", "", "", null, 9_876_543.21m) });
        var v = CollateralEngine.Value(data, D("2008-02-15"));
        Assert.Equal(0m, v.CreditSupportAmount);
        Assert.Equal(9_876_000m, v.ReturnAmount);
        Assert.Equal(0m, v.DeliveryAmount);
    }

    [Theory]
    [InlineData("2007-03-02", true)]
    [InlineData("2007-03-01", false)]
    // Fri 4 Jul 2008 is Independence Day: that week's Valuation Date is Thu 3 Jul.
    [InlineData("2008-07-03", true)]
    [InlineData("2008-07-04", false)]
    public void Valuation_dates_are_the_last_USNY_business_day_of_the_week(string date, bool expected) =>
        Assert.Equal(expected, ValuationSchedule.IsValuationDate(D(date), Reporting.Calendars.HolidayCalendars.Usny));
}
