using Reporting.Deals;
using Reporting.Ratings;
using Reporting.RunFormat;
using Reporting.Testing;
using static Reporting.Testing.Dates;

namespace Reporting.Tests.Ratings;

/// <summary>
/// A deal's own rating agencies and scales (<c>rating_scales:</c> in deal.yaml), added to the
/// shipped ones or in place of one of the same code. The sample deal carrington-2006-nc5-csa adds
/// DBRS; the trigger levels below are invented to exercise the clause reader.
/// </summary>
public sealed class DealRatingScalesTests : IDisposable
{
    private readonly TempDeal _deal = new("carrington-2006-nc5-csa");

    [Fact]
    public void A_deal_adds_an_agency_that_clauses_and_ratings_csv_then_name()
    {
        _deal.Replace("deal.yaml", "agencies: [S&P, Moodys, Fitch]", "agencies: [S&P, Moodys, Fitch, DBRS]");
        _deal.Replace("deal.yaml", """
                    - {agency: Fitch, term: short, below: F1}
                  remedy: {days: 30, count: calendar}
            """, """
                    - {agency: Fitch, term: short, below: F1}
                    - {agency: DBRS, term: long, below: A (low)}
                  remedy: {days: 30, count: calendar}
            """);
        File.AppendAllText(_deal.Path("ratings.csv"), "SRFP,DBRS,long,AA (low),none,2006-12-01\nSRFP,DBRS,short,R-1 (middle),none,2006-12-01\nSRFP,DBRS,long,BBB (high),none,2007-06-04\n");

        var terms = DealLoader.LoadTerms(_deal.Folder);
        var dbrs = terms.RatingScales.Find("DBRS")!;
        // "below A (low)": BBB (high) is the next grade down.
        Assert.Equal(6, dbrs.Scale(RatingTerm.Long).RankOf("A (low)"));
        Assert.Equal(7, dbrs.Scale(RatingTerm.Long).RankOf("BBB (high)"));
        Assert.Null(RatingAgency.Find("DBRS")); // only this deal knows it

        var report = RatingsEngine.Evaluate(RatingsDataLoader.Load(terms), D("2007-12-31"));
        var fitch = Assert.Single(report.Events, e => e.Event == "fitch");
        Assert.Equal(D("2007-06-04"), fitch.Occurred);
        Assert.Equal("DBRS long-term below A (low)", Assert.Single(fitch.Clauses).Clause.Describe());
    }

    [Fact]
    public void A_deal_replaces_a_shipped_scale_of_the_same_code()
    {
        // A deal whose contract reads Fitch's short-term scale without F1+ (invented for the test).
        _deal.Replace("deal.yaml", "rating_scales:\n  agencies:\n", """
            rating_scales:
              agencies:
                - {code: Fitch, name: Fitch Ratings, long: [AAA, AA, A+, A, A-, BBB, BB, B], short: [F1, F2, F3, B, C, D]}

            """.Replace("\r\n", "\n", StringComparison.Ordinal) + "    # the deal's own agencies\n");
        _deal.Replace("ratings.csv", "SRFP,Fitch,short,F1+,none,2006-12-01", "SRFP,Fitch,short,F1,none,2006-12-01");

        var error = Assert.Throws<InputException>(() => RatingsDataLoader.Load(DealLoader.LoadTerms(_deal.Folder)));

        // The shipped Fitch long-term scale has AA-; this deal's does not.
        Assert.Contains(error.Errors.Select(e => e.ToString()), e => e == "ratings.csv:6:4: column rating: 'AA-' is not a Fitch Ratings long-term rating");
    }

    [Fact]
    public void An_agency_no_scale_lists_is_a_located_error_naming_the_deals_agencies()
    {
        _deal.Replace("deal.yaml", "- {agency: Fitch, term: long, below: A}\n        - {agency: Fitch, term: short, below: F1}\n      remedy",
            "- {agency: Kroll, term: long, below: A}\n        - {agency: Fitch, term: short, below: F1}\n      remedy");

        var error = Assert.Single(Assert.Throws<InputException>(() => DealLoader.LoadTerms(_deal.Folder)).Errors).ToString();

        Assert.Matches(@"^deal\.yaml:\d+:\d+: ratings_downgrade\.events\[3\]\.triggers\[0\]\.agency: 'Kroll' is not a rating agency \(expected S&P, Moodys, Fitch or DBRS\)$", error);
    }

    public void Dispose() => _deal.Dispose();
}
