using Reporting.Deals;
using Reporting.Ratings;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Ratings;

/// <summary>
/// Conditional trigger clauses, clauses with no notice deadline and event names other than I
/// and II, as the ratings provisions of 2007 swap and cap schedules write them. The wording
/// worked by hand here is that of the JPMorgan Chase Bank downgrade clauses of that period:
/// a Ratings Event occurs when "(A) if JPMC has a Moody's short-term rating, that rating is below
/// P-1, or, if it has no Moody's short-term rating, its Moody's long-term rating is below Aa3; or
/// (B) its S&amp;P short-term rating is below A-1 or, if it has no S&amp;P short-term rating, its
/// S&amp;P long-term rating is below A+".
/// </summary>
public sealed class ConditionalTriggerTests : IDisposable
{
    private const string ConfirmationEventI = """
                    - {agency: Moodys, term: long, below: A1}
                    - {agency: Moodys, term: long, at_or_below: A1, on_watch_negative: true}
                    - {agency: Moodys, term: short, below: P-1}
                    - {agency: Moodys, term: short, at_or_below: P-1, on_watch_negative: true}
                    - {agency: S&P, term: short, below: A-1}
            """;

    private const string ConditionalEventI = """
                    - {agency: Moodys, term: short, below: P-1, only_if_rated: true}
                    - {agency: Moodys, term: long, below: Aa3, if_no_rating_for: short}
                    - {agency: S&P, term: short, below: A-1, only_if_rated: true}
                    - {agency: S&P, term: long, below: A+, if_no_rating_for: short}
            """;

    // Hand-worked history. JPMC starts S&P AA-/A-1+ and Moody's Aa2/P-1.
    //  2007-05-22 Moody's long-term A1, short-term still P-1: the short-term rating exists and is
    //             not below P-1, so (A) does not hold; "long-term below Aa3" read alone would.
    //  2007-07-10 S&P long-term A, short-term still A-1+: (B) does not hold; "long-term below A+" alone would.
    //  2007-08-01 Moody's withdraws the short-term rating: JPMC now has no Moody's short-term rating
    //             and its long-term A1 is below Aa3, so (A) holds: the event occurs on 2007-08-01.
    //  2007-10-01 Moody's long-term back to Aa3 (not below Aa3): the event ends.
    private const string History = """
        entity,agency,term,rating,watch,effective_date
        JPMC,S&P,long,AA-,none,2006-10-02
        JPMC,S&P,short,A-1+,none,2006-10-02
        JPMC,Moodys,long,Aa2,none,2006-10-02
        JPMC,Moodys,short,P-1,none,2006-10-02
        JPMC,Moodys,long,A1,none,2007-05-22
        JPMC,S&P,long,A,none,2007-07-10
        JPMC,Moodys,short,WR,none,2007-08-01
        JPMC,Moodys,long,Aa3,none,2007-10-01

        """;

    private readonly TempDeal _deal = new("gmacm-2006-he3-downgrade");

    public ConditionalTriggerTests()
    {
        _deal.Write("ratings.csv", History);
        _deal.Write("actions.csv", "date,entity,action,reference\n");
    }

    [Fact]
    public void A_conditional_clause_holds_only_while_the_other_term_is_unrated()
    {
        _deal.Replace("deal.yaml", ConfirmationEventI, ConditionalEventI);
        var report = Evaluate("2007-12-31");

        var eventI = Assert.Single(report.Events, e => e.Event == "I");
        Assert.Equal(D("2007-08-01"), eventI.Occurred);
        Assert.Equal(D("2007-10-01"), eventI.EndedOn);
        var clause = Assert.Single(eventI.Clauses);
        Assert.Equal("Moody's long-term below Aa3 with no Moody's short-term rating", clause.Clause.Describe());
        Assert.Equal("Moody's long-term A1", clause.RatingSeen);
    }

    [Fact]
    public void The_same_levels_written_without_their_conditions_raise_the_event_too_early()
    {
        // What the deal file could say before: the two long-term levels as plain clauses. The
        // event then "occurs" on 2007-05-22, ten weeks before the contract's, and with no notice
        // or remedy on file it ends in an Additional Termination Event the contract does not give.
        _deal.Replace("deal.yaml", ConfirmationEventI, """
                    - {agency: Moodys, term: short, below: P-1}
                    - {agency: Moodys, term: long, below: Aa3}
                    - {agency: S&P, term: short, below: A-1}
                    - {agency: S&P, term: long, below: A+}
            """);
        var unconditional = Evaluate("2007-12-31");
        Assert.Equal(D("2007-05-22"), Assert.Single(unconditional.Events, e => e.Event == "I").Occurred);
    }

    [Fact]
    public void An_event_with_no_notice_clause_has_no_notice_deadline_and_no_notice_breach()
    {
        // The remedy is due 30 calendar days after 2007-08-01, on 2007-08-31; with no notice
        // clause the only breach is the missing remedy, from 2007-09-01.
        _deal.Replace("deal.yaml", ConfirmationEventI, ConditionalEventI);
        _deal.Replace("deal.yaml", "      notice: {days: 5, count: business}       # Local Business Days after the occurrence\n", "");
        var eventI = Assert.Single(Evaluate("2007-09-20").Events, e => e.Event == "I");
        Assert.Null(eventI.NoticeDue);
        Assert.Equal(D("2007-08-31"), eventI.RemedyDue);
        Assert.Equal(RatingsEventStatus.Breached, eventI.Status);
        var missed = Assert.Single(eventI.Breaches);
        Assert.Equal((RatingsBreachKind.NoRemedy, D("2007-08-31"), (RemedyShortfall?)null), (missed.Kind, missed.Deadline, missed.Shortfall));
        Assert.Equal(D("2007-09-01"), eventI.BreachedOn);
    }

    [Fact]
    public void An_event_named_by_the_contract_is_answered_by_steps_that_use_its_name()
    {
        _deal.Replace("deal.yaml", ConfirmationEventI, ConditionalEventI);
        _deal.Replace("deal.yaml", "    - id: I\n", "    - id: moodys-first\n      name: Moody's First Trigger Ratings Event\n");
        _deal.Write("actions.csv", """
            date,entity,action,reference
            2007-08-03,JPMC,notice,Moody's First Trigger Ratings Event: short-term rating withdrawn
            2007-08-20,JPMC,rating-agency-confirmation,Moody's First Trigger Ratings Event: posting confirmed
            2007-08-21,JPMC,collateral-agreement,Moody's First Trigger Ratings Event: collateral posted

            """);
        var e = Assert.Single(Evaluate("2007-09-20").Events, e => e.Event == "moodys-first");
        Assert.Equal("Moody's First Trigger Ratings Event", e.Name);
        // Five Local Business Days (USNY) after Wednesday 2007-08-01: Wednesday 2007-08-08.
        Assert.Equal(D("2007-08-08"), e.NoticeDue);
        Assert.Equal(D("2007-08-03"), e.NoticeGivenOn);
        Assert.Equal(RatingsEventStatus.Remedied, e.Status);
        Assert.Equal(D("2007-08-21"), e.RemedyTakenOn);
    }

    [Fact]
    public void A_condition_on_the_clause_own_term_is_a_located_error()
    {
        _deal.Replace("deal.yaml", ConfirmationEventI, """
                    - {agency: Moodys, term: long, below: Aa3, if_no_rating_for: long}
            """);
        var error = Assert.Throws<Reporting.RunFormat.InputException>(() => DealLoader.LoadTerms(_deal.Folder));
        Assert.Matches(@"^deal\.yaml:\d+:\d+: ratings_downgrade\.events\[0\]\.triggers\[0\]\.if_no_rating_for: a clause on the long-term rating cannot depend on having no long-term rating \(expected the other term\)$",
            Assert.Single(error.Errors).ToString());
    }

    private RatingsReport Evaluate(string asOf)
    {
        var data = RatingsDataLoader.Load(DealLoader.LoadTerms(_deal.Folder));
        return RatingsEngine.Evaluate(data, D(asOf));
    }

    public void Dispose() => _deal.Dispose();
}
