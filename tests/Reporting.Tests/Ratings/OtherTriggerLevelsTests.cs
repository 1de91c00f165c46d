using Reporting.Deals;
using Reporting.Ratings;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Ratings;

/// <summary>
/// A deal with other trigger levels needs only other data: the same engine, given a terms file
/// whose Ratings Event I fires at Moody's long-term below A2 (instead of the confirmation's five
/// clauses), finds the event where that level is first crossed.
/// </summary>
public sealed class OtherTriggerLevelsTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3-downgrade");

    [Fact]
    public void EventIFollowsTheLevelsOfTheTermsFile()
    {
        _deal.Replace("deal.yaml", """
                    - {agency: Moodys, term: long, below: A1}
                    - {agency: Moodys, term: long, at_or_below: A1, on_watch_negative: true}
                    - {agency: Moodys, term: short, below: P-1}
                    - {agency: Moodys, term: short, at_or_below: P-1, on_watch_negative: true}
                    - {agency: S&P, term: short, below: A-1}
            """, """
                    - {agency: Moodys, term: long, below: A2}
            """);
        var data = RatingsDataLoader.Load(DealLoader.LoadTerms(_deal.Folder));
        var report = RatingsEngine.Evaluate(data, D("2008-03-31"));

        // ratings.csv: Moody's long-term A1 (negative watch) on 2007-05-22 and A2 on 2007-07-17
        // are not below A2; A3 on 2007-08-14 is, until A2 again on 2007-09-25. With the
        // confirmation's own levels Event I occurred on 2007-05-22 instead.
        var eventI = Assert.Single(report.Events, e => e.Event == "I");
        Assert.Equal(D("2007-08-14"), eventI.Occurred);
        Assert.Equal(D("2007-09-25"), eventI.EndedOn);
        Assert.Equal("Moody's long-term below A2", Assert.Single(eventI.Clauses).Clause.Describe());
    }

    public void Dispose() => _deal.Dispose();
}
