using Reporting.Ratings;
using static Reporting.Tests.Ratings.RatingsFixture;

namespace Reporting.Tests.Ratings;

/// <summary>Notice and remedy deadlines, remedies and status (Part III(2)(i) I and II), worked by hand.</summary>
public class RatingsEventDeadlineTests
{
    // Ratings Event I occurs Tue 2007-05-22 (Moody's A1 on negative watch).
    // Notice within 5 Local Business Days (USNY): Wed 23 (1), Thu 24 (2), Fri 25 (3),
    // Mon 28 is Memorial Day (last Monday of May), Tue 29 (4), Wed 30 (5) => due 2007-05-30.
    // Remedy within 30 calendar days: 22 May + 9 = 31 May, + 21 = 21 June => due 2007-06-21.
    private static readonly RatingsHistory _eventI = History("2007-05-22 Moodys long A1 negative");

    [Fact]
    public void Notice_deadline_counts_USNY_business_days_across_Memorial_Day()
    {
        var e = Assert.Single(Evaluate(_eventI, "2007-05-23").Events);
        Assert.Equal(D("2007-05-30"), e.NoticeDue);
        Assert.Equal(D("2007-06-21"), e.RemedyDue);
        Assert.Equal(RatingsEventStatus.Pending, e.Status);
        Assert.Null(e.CollateralDemandDue); // Event I has no collateral demand rule
    }

    [Fact]
    public void Notice_on_the_last_day_is_in_time()
    {
        var e = Assert.Single(Evaluate(_eventI, "2007-06-01", "2007-05-30 notice Ratings Event I").Events);
        Assert.True(e.NoticeGiven);
        Assert.Equal(D("2007-05-30"), e.NoticeGivenOn);
        Assert.Equal(RatingsEventStatus.Pending, e.Status);
    }

    [Fact]
    public void Notice_a_day_late_is_a_breach_from_the_day_after_the_deadline()
    {
        var e = Assert.Single(Evaluate(_eventI, "2007-06-01", "2007-05-31 notice Ratings Event I").Events);
        Assert.False(e.NoticeGiven);
        Assert.Equal(D("2007-05-31"), e.NoticeGivenOn);
        Assert.Equal(RatingsEventStatus.Breached, e.Status);
        Assert.Equal(D("2007-05-31"), e.BreachedOn);
        var late = Assert.Single(e.Breaches);
        Assert.Equal((RatingsBreachKind.LateNotice, D("2007-05-30"), D("2007-05-31")), (late.Kind, late.Deadline, late.LateStep!.Value));
        Assert.Equal("JPMC", e.AffectedParty);
        Assert.True(e.AdditionalTerminationEvent);
    }

    [Fact]
    public void Before_the_deadline_passes_a_missing_notice_is_still_pending()
    {
        // As of the deadline day itself the provider may still give notice.
        var e = Assert.Single(Evaluate(_eventI, "2007-05-30").Events);
        Assert.Equal(RatingsEventStatus.Pending, e.Status);
    }

    [Fact]
    public void Collateral_with_agency_confirmation_on_day_30_remedies_Event_I()
    {
        var e = Assert.Single(Evaluate(_eventI, "2007-07-02",
            "2007-05-25 notice Ratings Event I",
            "2007-06-20 rating-agency-confirmation Ratings Event I",
            "2007-06-21 collateral-agreement Ratings Event I").Events);
        Assert.Equal(RatingsEventStatus.Remedied, e.Status);
        Assert.Equal("collateral-agreement", e.Remedy);
        Assert.Equal(D("2007-06-21"), e.RemedyTakenOn);
    }

    [Fact]
    public void A_remedy_on_day_31_is_a_breach()
    {
        var e = Assert.Single(Evaluate(_eventI, "2007-07-02",
            "2007-05-25 notice",
            "2007-06-20 rating-agency-confirmation",
            "2007-06-22 credit-support-document").Events);
        Assert.Equal(RatingsEventStatus.Breached, e.Status);
        Assert.Equal(D("2007-06-22"), e.BreachedOn);
        var missed = Assert.Single(e.Breaches);
        Assert.Equal((RatingsBreachKind.NoRemedy, D("2007-06-21")), (missed.Kind, missed.Deadline));
        Assert.Equal(new RemedyShortfall(RemedyShortfallKind.TooLate, "credit-support-document", D("2007-06-22"), D("2007-06-20")), missed.Shortfall);
    }

    [Fact]
    public void Without_agency_confirmation_a_remedy_does_not_count_unless_the_reading_says_so()
    {
        string[] steps = { "2007-05-25 notice", "2007-06-15 transfer" };
        var strict = Assert.Single(Evaluate(_eventI, "2007-07-02", steps).Events);
        Assert.Equal(RatingsEventStatus.Breached, strict.Status);
        var unconfirmed = Assert.Single(strict.Breaches);
        Assert.Equal((RatingsBreachKind.NoRemedy, D("2007-06-21")), (unconfirmed.Kind, unconfirmed.Deadline));
        Assert.Equal(new RemedyShortfall(RemedyShortfallKind.LacksConfirmation, "transfer", D("2007-06-15"), null), unconfirmed.Shortfall);

        var lenient = RatingsEventTriggerTests.ReadingsWith(RatingsReadings.RatingAgencyCondition, "not-checked");
        var e = Assert.Single(Evaluate(_eventI, "2007-07-02", lenient, steps).Events);
        Assert.Equal(RatingsEventStatus.Remedied, e.Status);
        Assert.Equal(D("2007-06-15"), e.RemedyTakenOn);
    }

    [Fact]
    public void An_event_that_ends_before_its_notice_deadline_is_cured_without_notice()
    {
        // Holds 22-24 May; ends Fri 25 May, before the notice deadline of 30 May.
        var history = History("2007-05-22 Moodys long A1 negative", "2007-05-25 Moodys long A1");
        var e = Assert.Single(Evaluate(history, "2007-07-02").Events);
        Assert.Equal(D("2007-05-25"), e.EndedOn);
        Assert.Equal(RatingsEventStatus.Cured, e.Status);
    }

    [Fact]
    public void A_notice_naming_only_the_other_event_does_not_answer()
    {
        var e = Assert.Single(Evaluate(_eventI, "2007-06-01", "2007-05-24 notice Ratings Event II").Events);
        Assert.Null(e.NoticeGivenOn);
        var none = Assert.Single(e.Breaches);
        Assert.Equal((RatingsBreachKind.NoNotice, D("2007-05-30"), (NodaTime.LocalDate?)null), (none.Kind, none.Deadline, none.LateStep));
    }

    // Ratings Event II (b) occurs Tue 2007-08-14 (Moody's A3). 10 Business Days (USNY):
    // 15 (1), 16 (2), 17 (3), 20 (4), 21 (5), 22 (6), 23 (7), 24 (8), 27 (9), 28 (10) => 2007-08-28.
    // Notice: the 5th of those => 2007-08-21. Collateral demand: first Local Business Day
    // after 28 Aug => Wed 2007-08-29; delivery one Local Business Day later => Thu 2007-08-30.
    private static readonly RatingsHistory _eventIIb = History("2007-08-14 Moodys long A3");

    [Fact]
    public void Event_II_deadlines_in_business_days()
    {
        var e = Evaluate(_eventIIb, "2007-08-15").Events.Single(x => x.Event == "II");
        Assert.Equal(D("2007-08-21"), e.NoticeDue);
        Assert.Equal(D("2007-08-28"), e.RemedyDue);
        Assert.Equal(D("2007-08-29"), e.CollateralDemandDue);
        Assert.Equal(D("2007-08-30"), e.CollateralDeliveryDue);
        Assert.False(e.CollateralDemandRequired);
    }

    [Fact]
    public void Event_II_without_remedy_but_with_collateral_stays_pending()
    {
        var e = Evaluate(_eventIIb, "2007-09-03",
            "2007-08-16 notice Ratings Events I and II",
            "2007-08-30 collateral-agreement").Events.Single(x => x.Event == "II");
        Assert.True(e.CollateralDemandRequired);
        Assert.Equal(D("2007-08-30"), e.CollateralPostedOn);
        Assert.Equal(RatingsEventStatus.Pending, e.Status);
    }

    [Fact]
    public void Event_II_without_remedy_or_collateral_is_breached_after_the_delivery_deadline()
    {
        var e = Evaluate(_eventIIb, "2007-08-31", "2007-08-16 notice Ratings Events I and II").Events.Single(x => x.Event == "II");
        Assert.Equal(RatingsEventStatus.Breached, e.Status);
        Assert.Equal(D("2007-08-31"), e.BreachedOn);
        // The remedy deadline (2007-08-28) passed, the demand was due 2007-08-29 and the collateral by 2007-08-30.
        Assert.Equal(D("2007-08-28"), e.RemedyDue);
        var noCollateral = Assert.Single(e.Breaches);
        Assert.Equal((RatingsBreachKind.NoCollateral, D("2007-08-30"), D("2007-08-29")), (noCollateral.Kind, noCollateral.Deadline, noCollateral.DemandDue!.Value));
    }

    [Fact]
    public void A_credit_support_document_given_under_Event_I_also_remedies_Event_II()
    {
        // Event I from 05-22 remedied by a guarantee on 06-10; Event II occurs 08-14 while Event I continues.
        var history = History("2007-05-22 Moodys long A2", "2007-08-14 Moodys long A3");
        var report = Evaluate(history, "2007-09-03",
            "2007-05-23 notice Ratings Event I",
            "2007-06-08 rating-agency-confirmation Ratings Event I",
            "2007-06-10 credit-support-document Ratings Event I",
            "2007-08-15 notice Ratings Event II");
        var e = report.Events.Single(x => x.Event == "II");
        Assert.Equal(RatingsEventStatus.Remedied, e.Status);
        Assert.Equal("credit-support-document", e.Remedy);
    }

    // Ratings Event II (a) occurs Tue 2007-11-06 (S&P BB+). Veterans Day, Sun 11 Nov 2007, is
    // observed Mon 12 Nov. Business days: 7 (1), 8 (2), 9 (3), 13 (4), 14 (5) => notice due
    // 2007-11-14; 15 (6), 16 (7), 19 (8), 20 (9), 21 (10) => remedy due 2007-11-21.
    private static readonly RatingsHistory _eventIIa = History("2007-11-06 S&P long BB+");

    [Fact]
    public void Type_a_is_not_cured_by_a_credit_support_document()
    {
        var e = Assert.Single(Evaluate(_eventIIa, "2007-11-26",
            "2007-11-14 notice Ratings Event II",
            "2007-11-16 rating-agency-confirmation Ratings Event II",
            "2007-11-19 credit-support-document Ratings Event II").Events);
        Assert.Equal(D("2007-11-14"), e.NoticeDue);
        Assert.Equal(D("2007-11-21"), e.RemedyDue);
        Assert.Equal(RatingsEventStatus.Breached, e.Status);
        var restricted = e.Breaches.Single(b => b.Kind == RatingsBreachKind.NoRemedy);
        Assert.Equal(D("2007-11-21"), restricted.Deadline);
        Assert.Equal(new[] { "a" }, restricted.RestrictedClauses);
        Assert.Equal(new[] { "transfer" }, restricted.AllowedRemedies);
        Assert.Equal(new RemedyShortfall(RemedyShortfallKind.DoesNotCure, "credit-support-document", D("2007-11-19"), null), restricted.Shortfall);
        Assert.False(e.CollateralDemandRequired); // for type (a) collateral is no way out
    }

    [Fact]
    public void Type_a_is_remedied_by_a_transfer()
    {
        var e = Assert.Single(Evaluate(_eventIIa, "2007-11-26",
            "2007-11-14 notice Ratings Event II",
            "2007-11-16 rating-agency-confirmation Ratings Event II",
            "2007-11-21 transfer Ratings Event II").Events);
        Assert.Equal(RatingsEventStatus.Remedied, e.Status);
        Assert.Equal("transfer", e.Remedy);
        Assert.Equal(D("2007-11-21"), e.RemedyTakenOn);
    }
}
