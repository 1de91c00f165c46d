using NodaTime;
using Reporting.Cycle.Watch;
using Reporting.Deals;
using Reporting.Testing;
using static Reporting.Testing.Dates;

namespace Reporting.Tests.Cycle.Watch;

/// <summary>
/// The watch list of the downgrade scenario (deals/gmacm-2006-he3-downgrade, README timeline),
/// every date worked by hand from the confirmation's day counts on New York business days
/// (USNY 2007: Memorial Day 28 May, Labor Day 3 September, Veterans Day observed 12 November).
/// </summary>
public class DealWatchEngineTests
{
    private static readonly DealInputs _downgrade = DealInputsLoader.Load(Repo.Deal("gmacm-2006-he3-downgrade"));

    private static WatchDeadline Find(DealWatch watch, string kind, string reference) =>
        Assert.Single(watch.Deadlines, d => d.Kind == kind && d.Reference == reference);

    [Fact]
    public void RatingsEventIIOfAugustHasItsDeadlinesOnNewYorkBusinessDays()
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-08-20"), 10);
        // Occurred Tuesday 14 August (Moody's A3 / P-2). Notice: 5 business days after, 15, 16, 17, 20, 21 August;
        // given on 16 August (actions.csv), so done.
        var notice = Find(watch, DeadlineKinds.RatingsNotice, "II/2007-08-14");
        Assert.Equal((D("2007-08-21"), DeadlineState.Done, "USNY", "JPMC"), (notice.Date, notice.State, notice.Calendar, notice.Party));
        // Remedy: 10 business days after, 15-17, 20-24, 27, 28 August: still open on the 20th.
        var remedy = Find(watch, DeadlineKinds.RatingsRemedy, "II/2007-08-14");
        Assert.Equal((D("2007-08-28"), DeadlineState.Open), (remedy.Date, remedy.State));
        // Without a remedy the Counterparty demands collateral the next business day, delivered one business day later.
        var demand = Find(watch, DeadlineKinds.CollateralDemand, "II/2007-08-14");
        Assert.Equal((D("2007-08-29"), "Counterparty"), (demand.Date, demand.Party));
        Assert.Equal(D("2007-08-30"), Find(watch, DeadlineKinds.CollateralDeliveryAfterDemand, "II/2007-08-14").Date);
    }

    [Fact]
    public void RatingsEventIOfMayWasNoticedAndRemediedInTime()
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-08-20"), 10);
        // Occurred 22 May: notice 5 business days after, 23, 24, 25, 29, 30 May (Memorial Day skipped), given on the 30th.
        var notice = Find(watch, DeadlineKinds.RatingsNotice, "I/2007-05-22");
        Assert.Equal((D("2007-05-30"), DeadlineState.Done), (notice.Date, notice.State));
        // Remedy: 30 calendar days, 21 June; collateral agreement of 15 June after the confirmation of 12 June.
        var remedy = Find(watch, DeadlineKinds.RatingsRemedy, "I/2007-05-22");
        Assert.Equal((D("2007-06-21"), DeadlineState.Done, (string?)null), (remedy.Date, remedy.State, remedy.Calendar));
    }

    [Fact]
    public void TheCallOfAValuationDateIsNotifiedAndTransferredOnTheNextLocalBusinessDays()
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-08-20"), 10);
        // Valuation Date Friday 17 August: Delivery Amount 8,948,000.00 (README); notice one Local Business Day
        // after (Monday 20th), transfer one after that (Tuesday 21st), by JPMC as Pledgor.
        var notification = Find(watch, DeadlineKinds.CollateralNotification, "delivery/2007-08-17");
        Assert.Equal((D("2007-08-20"), 8_948_000.00m, DeadlineState.Open), (notification.Date, notification.Amount, notification.State));
        var transfer = Find(watch, DeadlineKinds.CollateralTransfer, "delivery/2007-08-17");
        Assert.Equal((D("2007-08-21"), "JPMC", DeadlineState.Open), (transfer.Date, transfer.Party, transfer.State));
    }

    [Fact]
    public void NothingDatedAfterTheWatchDateIsUsed()
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-08-20"), 10);
        // The short delivery of 21 August and the S&P downgrade of 6 November are not yet known.
        Assert.DoesNotContain(watch.Deadlines, d => d.Kind is DeadlineKinds.FailureNotice or DeadlineKinds.FailureGraceEnd);
        Assert.DoesNotContain(watch.Deadlines, d => d.Reference.StartsWith("II/2007-11", StringComparison.Ordinal));
        Assert.DoesNotContain(watch.Exceptions, x => x.Kind == ExceptionKinds.FailureToTransfer);
        // The 24 August call is not known either: its Valuation Date is after the watch date.
        Assert.DoesNotContain(watch.Deadlines, d => d.Reference == "delivery/2007-08-24");
    }

    [Fact]
    public void AShortDeliveryBecomesAFailureToTransferWithNoticeAndGrace()
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-08-27"), 10);
        // Due 21 August, short by 472,811.65 (README): notice one Local Business Day after (22nd), grace of two
        // more (23rd, 24th); not made good by the 27th, so the grace period was missed and the failure is open.
        var notice = Find(watch, DeadlineKinds.FailureNotice, "delivery/2007-08-17");
        Assert.Equal((D("2007-08-22"), "Counterparty", 472_811.65m), (notice.Date, notice.Party, notice.Amount));
        var grace = Find(watch, DeadlineKinds.FailureGraceEnd, "delivery/2007-08-17");
        Assert.Equal((D("2007-08-24"), DeadlineState.Missed, "JPMC"), (grace.Date, grace.State, grace.Party));
        var open = Assert.Single(watch.Exceptions, x => x.Kind == ExceptionKinds.FailureToTransfer);
        Assert.Equal((D("2007-08-21"), "delivery/2007-08-17", 472_811.65m), (open.Date, open.Reference, open.Amount));
    }

    [Fact]
    public void ALateNoticeOfATypeAEventIsAnAdditionalTerminationEvent()
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-11-20"), 10);
        // S&P BB+ on 6 November: notice due 5 business days after, 7, 8, 9, 13, 14 November (Veterans Day observed
        // on Monday the 12th); given on the 15th, late. The Additional Termination Event exists from the 15th.
        var notice = Find(watch, DeadlineKinds.RatingsNotice, "II/2007-11-06");
        Assert.Equal((D("2007-11-14"), DeadlineState.Missed), (notice.Date, notice.State));
        var ate = Find(watch, DeadlineKinds.AdditionalTerminationEvent, "II/2007-11-06");
        Assert.Equal((D("2007-11-15"), DeadlineState.Occurred), (ate.Date, ate.State));
        Assert.Single(watch.Exceptions, x => x.Kind == ExceptionKinds.AdditionalTerminationEvent && x.Date == D("2007-11-15"));
    }

    [Theory]
    // From Monday 20 August: 21-24, 27, 28 August are business days 1-6; the remedy deadline of the 28th is day 6.
    [InlineData(6, "2007-08-28", true)]
    [InlineData(5, "2007-08-27", false)]
    // Ten business days: 21-24, 27-31 August, then Labor Day (3 September) is skipped: 4 September.
    [InlineData(10, "2007-09-04", true)]
    [InlineData(0, "2007-08-20", false)]
    public void TheWindowCountsBusinessDaysOfTheDealsOwnCalendarAndIncludesItsLastDay(int days, string windowEnd, bool remedyInWindow)
    {
        var watch = DealWatchEngine.Watch(_downgrade, D("2007-08-20"), days);
        Assert.Equal("USNY", watch.Calendar);
        Assert.Equal(D(windowEnd), watch.WindowEnd);
        Assert.Equal(remedyInWindow, watch.InWindow.Any(d => d.Kind == DeadlineKinds.RatingsRemedy && d.Reference == "II/2007-08-14"));
        // The watch date itself is in the window: the call notified that day.
        Assert.Contains(watch.InWindow, d => d.Kind == DeadlineKinds.CollateralNotification && d.Date == D("2007-08-20"));
        Assert.All(watch.InWindow, d => Assert.InRange(d.Date, D("2007-08-20"), D(windowEnd)));
    }

    [Fact]
    public void StandingExceptionsOfADealWithoutRatingHistory()
    {
        var watch = DealWatchEngine.Watch(DealInputsLoader.Load(Repo.Deal("gmacm-2006-he3")), D("2007-08-20"), 10);
        Assert.Contains(watch.Exceptions, x => x.Kind == ExceptionKinds.NoRatingHistory);
        // The notice clause copies ratings notices to both agencies, which the terms give no address.
        Assert.Equal(new[] { "Moody's Investors Service, Inc.", "Standard & Poor's Ratings Services" },
            watch.Exceptions.Where(x => x.Kind == ExceptionKinds.NoNoticeAddress).Select(x => x.Party).Order(StringComparer.Ordinal));
        // Every cap payment of the schedule is a deadline, the 20 periods and the premium.
        Assert.Equal(20, watch.Deadlines.Count(d => d.Kind == DeadlineKinds.CapPayment));
        Assert.Single(watch.Deadlines, d => d.Kind == DeadlineKinds.CapPremium);
    }

    [Fact]
    public void AMissingFixingIsAnOpenException()
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        // Drop the fixing of 21 June 2007 (for the period starting 25 June, paid 24 July).
        var lines = File.ReadAllLines(deal.Path("fixings.csv"));
        var dropped = lines.Single(l => l.Contains(",2007-06-21,", StringComparison.Ordinal));
        File.WriteAllLines(deal.Path("fixings.csv"), lines.Where(l => l != dropped));
        var watch = DealWatchEngine.Watch(DealInputsLoader.Load(deal.Folder), D("2007-08-20"), 10);
        var missing = Assert.Single(watch.Exceptions, x => x.Kind == ExceptionKinds.MissingFixing);
        Assert.Equal(D("2007-06-21"), missing.Date);
    }
}
