using Reporting.Cycle.Watch;
using Reporting.Deals;
using Reporting.Testing;
using static Reporting.Testing.Dates;

namespace Reporting.Tests.Cycle.Watch;

/// <summary>
/// Optional purchase windows on the watch list of deals/ramp-2006-rs3 (its README lists each sample
/// loan's window). Section 4.07 as amended: from the first to the second-to-last Business Day (New
/// York) of the quarter after the loan crossed 90 days.
/// </summary>
public class PurchaseWindowWatchTests
{
    private static readonly DealInputs _ramp = DealInputsLoader.Load(Repo.Deal("ramp-2006-rs3"));

    [Fact]
    public void AWindowClosingOnTheWindowsLastDayIsInIt()
    {
        // RS3-S05 crossed on 1 April 2007: window in Q3 2007. 1 July is a Sunday, so it opens Monday 2 July;
        // 30 September is a Sunday, the last Business Day Friday the 28th, the second-to-last Thursday the 27th.
        // From Thursday 20 September, 5 business days are 21, 24, 25, 26, 27 September: the close is day 5.
        var watch = DealWatchEngine.Watch(_ramp, D("2007-09-20"), 5);
        Assert.Equal(D("2007-09-27"), watch.WindowEnd);
        var opens = Assert.Single(watch.Deadlines, d => d.Kind == DeadlineKinds.PurchaseWindowOpens && d.Reference == "RS3-S05/1");
        Assert.Equal((D("2007-07-02"), DeadlineState.Passed, "MasterServicer", "USNY"), (opens.Date, opens.State, opens.Party, opens.Calendar));
        var closes = Assert.Single(watch.InWindow, d => d.Kind == DeadlineKinds.PurchaseWindowCloses && d.Reference == "RS3-S05/1");
        Assert.Equal((D("2007-09-27"), DeadlineState.Open), (closes.Date, closes.State));
        Assert.DoesNotContain(DealWatchEngine.Watch(_ramp, D("2007-09-20"), 4).InWindow, d => d.Reference == "RS3-S05/1");
    }

    [Fact]
    public void APurchaseInTheWindowIsDoneAndAnUnusedWindowLapses()
    {
        // RS3-S05 was bought on 27 September 2007, the window's last day.
        var october = DealWatchEngine.Watch(_ramp, D("2007-10-01"), 10);
        Assert.Equal(DeadlineState.Done,
            Assert.Single(october.Deadlines, d => d.Kind == DeadlineKinds.PurchaseWindowCloses && d.Reference == "RS3-S05/1").State);
        // RS3-S12 was never bought: its window (2 January to 28 March 2008) lapsed.
        var april = DealWatchEngine.Watch(_ramp, D("2008-04-01"), 10);
        var lapsed = Assert.Single(april.Deadlines, d => d.Kind == DeadlineKinds.PurchaseWindowCloses && d.Reference == "RS3-S12/1");
        Assert.Equal((D("2008-03-28"), DeadlineState.Lapsed), (lapsed.Date, lapsed.State));
    }

    [Fact]
    public void AWindowAfterTheLastTapeIsKnownFromItsCrossing()
    {
        // RS3-S16 crossed on 30 November 2008: its window opens on 2 January 2009 (New Year's Day skipped).
        var watch = DealWatchEngine.Watch(_ramp, D("2008-12-31"), 2);
        var opens = Assert.Single(watch.InWindow, d => d.Kind == DeadlineKinds.PurchaseWindowOpens && d.Reference == "RS3-S16/1");
        Assert.Equal((D("2009-01-02"), DeadlineState.Open), (opens.Date, opens.State));
        // A purchase the clause does not allow stays an open exception: RS3-S04, bought the day after its window.
        Assert.Contains(watch.Exceptions, x => x.Kind == ExceptionKinds.PurchaseException && x.Reference == "RS3-S04" && x.Date == D("2007-06-29"));
    }
}
