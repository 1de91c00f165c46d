using Reporting.Deals;
using Reporting.Ratings;
using Reporting.RunFormat;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Ratings;

/// <summary>
/// Fitch as a Rating Agency, and rating scales as data (data/rating-scales.yaml). The clauses
/// are those of the Fitch thresholds of 2006–2007 RMBS swap schedules and CSAs (for example the
/// Barclays Bank PLC CSA to the GreenPoint Mortgage Funding Trust 2006-OH1 swap, SEC 8-K
/// exhibit 99.7 of January 2007, which keeps a Fitch Credit Support Amount beside the S&amp;P
/// and Moody's ones): a first trigger when the provider's Fitch long-term rating falls below
/// "A" or its short-term rating below "F1".
/// </summary>
public sealed class FitchTriggerTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3-downgrade");

    [Fact]
    public void The_shipped_scales_list_Fitch_long_and_short_term_grades_in_order()
    {
        var fitch = RatingAgency.Find("Fitch")!;
        Assert.Equal("Fitch", fitch.DisplayName);
        var longTerm = RatingScales.For(fitch, RatingTerm.Long);
        // "below A" is any grade after A: A- is, A is not.
        Assert.True(longTerm.RankOf("A-") > longTerm.RankOf("A"));
        Assert.True(longTerm.RankOf("AA-") < longTerm.RankOf("A"));
        var shortTerm = RatingScales.For(fitch, RatingTerm.Short);
        Assert.Equal(new[] { "F1+", "F1", "F2", "F3", "B", "C", "RD", "D" }, shortTerm.Grades);
    }

    [Fact]
    public void The_agency_examples_of_the_schema_are_the_agencies_of_the_scales_file()
    {
        // A deal may add agencies of its own (rating_scales:), so the schema takes any code and
        // offers the shipped ones as examples.
        var schema = File.ReadAllText(Path.Combine(Repo.Root, "schemas", "deal.schema.json"));
        var agency = System.Text.Json.JsonDocument.Parse(schema).RootElement.GetProperty("definitions").GetProperty("agency");
        Assert.Equal(RatingAgency.Codes, agency.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void A_Fitch_clause_raises_the_event_on_the_first_day_Fitch_is_below_its_level()
    {
        _deal.Replace("deal.yaml", "agencies: [S&P, Moodys]", "agencies: [S&P, Moodys, Fitch]");
        _deal.Replace("deal.yaml", """
                    - {agency: Moodys, term: long, below: A1}
                    - {agency: Moodys, term: long, at_or_below: A1, on_watch_negative: true}
                    - {agency: Moodys, term: short, below: P-1}
                    - {agency: Moodys, term: short, at_or_below: P-1, on_watch_negative: true}
                    - {agency: S&P, term: short, below: A-1}
            """, """
                    - {agency: Fitch, term: long, below: A}
                    - {agency: Fitch, term: short, below: F1}
            """);
        File.AppendAllText(_deal.Path("ratings.csv"), string.Join("\n",
            "JPMC,Fitch,long,AA-,none,2006-10-02",
            "JPMC,Fitch,short,F1+,none,2006-10-02",
            "JPMC,Fitch,long,A,negative,2007-06-01",   // A is not below A: no event
            "JPMC,Fitch,short,F1,none,2007-06-01",     // F1 is not below F1
            "JPMC,Fitch,long,A-,none,2007-07-10",      // below A: Event I occurs
            "JPMC,Fitch,long,A+,none,2007-09-03",      // back above: it ends
            "") );
        var data = RatingsDataLoader.Load(DealLoader.LoadTerms(_deal.Folder));
        var report = RatingsEngine.Evaluate(data, D("2007-12-31"));

        var eventI = Assert.Single(report.Events, e => e.Event == "I");
        Assert.Equal(D("2007-07-10"), eventI.Occurred);
        Assert.Equal(D("2007-09-03"), eventI.EndedOn);
        var clause = Assert.Single(eventI.Clauses);
        Assert.Equal("Fitch long-term below A", clause.Clause.Describe());
        Assert.Equal("Fitch long-term A-", clause.RatingSeen);
    }

    [Fact]
    public void A_grade_not_on_Fitch_scale_is_a_located_error()
    {
        _deal.Replace("deal.yaml", "agencies: [S&P, Moodys]", "agencies: [S&P, Moodys, Fitch]");
        _deal.Replace("deal.yaml", "- {agency: S&P, term: short, below: A-1}", "- {agency: Fitch, term: short, below: A-1}");
        var error = Assert.Throws<InputException>(() => DealLoader.LoadTerms(_deal.Folder));
        var message = Assert.Single(error.Errors).ToString();
        Assert.Matches(@"^deal\.yaml:\d+:\d+: ratings_downgrade\.events\[0\]\.triggers\[4\]\.below: 'A-1' is not a Fitch short-term rating$", message);
    }

    public void Dispose() => _deal.Dispose();
}
