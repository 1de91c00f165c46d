using Reporting.Ratings;
using static Reporting.Tests.Ratings.RatingsFixture;

namespace Reporting.Tests.Ratings;

/// <summary>When Ratings Events I and II hold and occur (Confirmation Part III(2)(i), definitions).</summary>
public class RatingsEventTriggerTests
{
    [Fact]
    public void Moodys_A1_stable_is_not_Ratings_Event_I()
    {
        // "lower than A1 or is A1 on negative watch": A1 with no watch is neither.
        var report = Evaluate(History("2007-05-22 Moodys long A1"), "2007-06-01");
        Assert.Empty(report.Events);
    }

    [Fact]
    public void Moodys_A1_on_negative_watch_is_Ratings_Event_I_from_that_day()
    {
        var report = Evaluate(History("2007-05-22 Moodys long A1 negative"), "2007-06-01");
        var e = Assert.Single(report.Events);
        Assert.Equal("I", e.Event);
        Assert.Equal(D("2007-05-22"), e.Occurred);
        var clause = Assert.Single(e.Clauses);
        Assert.Equal("Moody's long-term A1 or lower on negative watch", clause.Clause.Describe());
        Assert.Equal("Moody's long-term A1 (negative watch)", clause.RatingSeen);
    }

    [Fact]
    public void Moodys_A1_on_positive_watch_is_not_Ratings_Event_I()
    {
        var report = Evaluate(History("2007-05-22 Moodys long A1 positive"), "2007-06-01");
        Assert.Empty(report.Events);
    }

    [Fact]
    public void Moodys_P1_on_negative_watch_and_SP_A2_short_are_Ratings_Event_I()
    {
        var report = Evaluate(History("2007-05-22 Moodys short P-1 negative", "2007-05-24 S&P short A-2"), "2007-06-01");
        var e = Assert.Single(report.Events);
        Assert.Equal(D("2007-05-22"), e.Occurred);
        Assert.Equal(new[] { "Moody's short-term P-1 or lower on negative watch", "S&P short-term below A-1" },
            e.Clauses.Select(c => c.Clause.Describe()));
    }

    [Fact]
    public void SP_long_BBB_minus_is_not_Ratings_Event_II_but_BB_plus_is_of_type_a()
    {
        var report = Evaluate(History("2007-11-01 S&P long BBB-", "2007-11-06 S&P long BB+"), "2007-11-07");
        var e = Assert.Single(report.Events);
        Assert.Equal("II", e.Event);
        Assert.Equal(D("2007-11-06"), e.Occurred);
        Assert.Equal("(a) S&P long-term BB+ or lower", Assert.Single(e.Clauses).Clause.Describe());
        Assert.Equal(new[] { "transfer" }, e.RemediesAllowed);
    }

    [Fact]
    public void Moodys_A3_is_Ratings_Event_II_type_b_and_also_Event_I()
    {
        // A3 is "lower than A1" (Event I) and "A3 or lower" (Event II (b)).
        var report = Evaluate(History("2007-08-14 Moodys long A3"), "2007-08-15");
        Assert.Equal(new[] { "I", "II" }, report.Events.Select(e => e.Event));
        Assert.All(report.Events, e => Assert.Equal(D("2007-08-14"), e.Occurred));
        Assert.Equal(new[] { "credit-support-document", "transfer" }, report.Events[1].RemediesAllowed);
    }

    [Fact]
    public void An_event_occurs_again_after_a_day_it_did_not_hold()
    {
        // A2 from 05-22, back to Aa3 on 06-04 (ends), A2 again on 07-02: two occurrences.
        var report = Evaluate(History("2007-05-22 Moodys long A2", "2007-06-04 Moodys long Aa3", "2007-07-02 Moodys long A2"), "2007-07-03");
        Assert.Equal(new[] { D("2007-05-22"), D("2007-07-02") }, report.Events.Select(e => e.Occurred));
        Assert.Equal(D("2007-06-04"), report.Events[0].EndedOn);
        Assert.Null(report.Events[1].EndedOn);
    }

    [Fact]
    public void A_withdrawn_rating_triggers_under_the_default_reading_and_not_when_ignored()
    {
        var history = History("2007-05-22 Moodys long WR");
        // WR counts as below A1 (Event I) and as "A3 or lower" (Event II (b)).
        Assert.Equal(new[] { "I", "II" }, Evaluate(history, "2007-05-23").Events.Select(e => e.Event));

        var ignored = ReadingsWith(RatingsReadings.WithdrawnRating, "ignored");
        Assert.Empty(Evaluate(history, "2007-05-23", ignored).Events);
    }

    internal static Deals.Interpretations ReadingsWith(string key, string choice) =>
        new(BaseDeal.Interpretations.Items
            .Select(i => i.Key == key ? Deals.InterpretationCatalog.Find(key)!.Resolve(choice) : i).ToArray());
}
