using Reporting.Cycle.Book;
using Reporting.Cycle.Watch;
using Reporting.Testing;
using static Reporting.Testing.Dates;

namespace Reporting.Tests.Cycle.Watch;

/// <summary>A book watched as a whole: each deal on its own, a bad deal reported without stopping the others.</summary>
public class BookWatchTests
{
    [Fact]
    public void ABadDealIsReportedAndTheOthersAreWatched()
    {
        using var book = new TemporaryFolder();
        Folders.Copy(Repo.Deal("gmacm-2006-he3-downgrade"), book.Combine("a-downgrade"));
        Folders.Copy(Repo.Deal("ramp-2006-rs3"), book.Combine("b-broken"));
        File.AppendAllText(book.Combine("b-broken", "loans.csv"), "2008-13-31,RS3-X,1.00,2009-01-01,7.00,0.50\n");
        Folders.Copy(Repo.Deal("bny-2007-corridor"), book.Combine("c-corridor"));

        var list = BookWatch.Watch(BookDeals.Resolve(book.Path), D("2007-08-20"), 10, parallel: 2);

        Assert.Equal(new[] { "gmacm-2006-he3-downgrade", "bny-2007-corridor" }, list.Deals.Select(d => d.DealId));
        var failure = Assert.Single(list.Failures);
        Assert.Equal((book.Combine("b-broken"), DealOutcome.BadInput), (failure.DealFolder, failure.Failure));
        Assert.Contains(failure.Errors, e => e.StartsWith("loans.csv:", StringComparison.Ordinal) && e.Contains("report_date", StringComparison.Ordinal));
        // The good deals are watched as they would be alone.
        Assert.Equal(DealWatchEngine.Watch(Reporting.Deals.DealInputsLoader.Load(Repo.Deal("gmacm-2006-he3-downgrade")), D("2007-08-20"), 10).Deadlines,
            list.Deals[0].Deadlines);
    }
}
