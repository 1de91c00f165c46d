using Reporting.Collateral;
using Reporting.Inputs;
using Reporting.Ratings;
using Reporting.RunFormat;

namespace Reporting.Tests.Ratings;

/// <summary>Bad lines in ratings.csv, actions.csv, exposures.csv and collateral.csv: every error, with file, line and column.</summary>
public sealed class InputFileErrorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ratings-input-tests-" + Guid.NewGuid().ToString("N"));

    public InputFileErrorTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Writes the file and opens it, as the load phase does.</summary>
    private TextReader Open(string name, params string[] lines) => new StringReader(File.ReadAllText(Write(name, lines)));

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string[] Messages(InputErrors errors) => errors.All.Select(e => e.ToString()).ToArray();

    [Fact]
    public void Ratings_csv_reports_every_bad_field_with_line_and_column()
    {
        var lines = new List<string> { "entity,agency,term,rating,watch,effective_date" };
        for (int i = 0; i < 11; i++) lines.Add($"JPMC,S&P,long,AA-,none,2006-10-{i + 2:00}");
        lines.Add("JPMC,Moodys,long,A11,none,2007-01-02");          // line 13 (the header is line 1)
        lines.Add("JPMC,Moodys,long,A11,none,2007-01-03");          // line 14
        lines.Add("Lehman,DBRS,medium,A,sideways,2007-13-01");     // line 15
        lines.Add("JPMC,S&P,short,WR,negative,2007-01-04");         // line 16
        lines.Add("JPMC,S&P,long,AA-,none,2006-10-02");             // line 17: duplicate of line 2
        var errors = new InputErrors();
        RatingsCsv.Read(Open("ratings.csv", lines.ToArray()), "ratings.csv", RatingsFixture.BaseDeal.Parties, errors);
        Assert.Equal(new[]
        {
            "ratings.csv:13:4: column rating: 'A11' is not a Moody's long-term rating",
            "ratings.csv:14:4: column rating: 'A11' is not a Moody's long-term rating",
            "ratings.csv:15:1: column entity: 'Lehman' is not a party of this deal (expected one of JPMC, Counterparty, S&P, Moodys)",
            "ratings.csv:15:2: column agency: 'DBRS' is not a rating agency (expected S&P, Moodys or Fitch)",
            "ratings.csv:15:3: column term: 'medium' is not a rating term (expected long or short)",
            "ratings.csv:15:5: column watch: 'sideways' is not a watch status (expected none, negative, positive, developing)",
            "ratings.csv:15:6: column effective_date: '2007-13-01' is not a date (expected yyyy-mm-dd)",
            "ratings.csv:16:5: column watch: a withdrawn rating (WR) cannot be on negative watch",
            "ratings.csv:17:6: column effective_date: JPMC already has a S&P long rating effective 2006-10-02 (line 2)",
        }, Messages(errors));
    }

    [Fact]
    public void Ratings_csv_with_a_missing_column_names_it()
    {
        var errors = new InputErrors();
        RatingsCsv.Read(Open("ratings.csv", "entity,agency,term,rating,effective_date", "JPMC,S&P,long,AA-,2006-10-02"),
            "ratings.csv", RatingsFixture.BaseDeal.Parties, errors);
        Assert.Equal("ratings.csv:1: column watch: required column is missing (the header must name entity,agency,term,rating,watch,effective_date; found entity,agency,term,rating,effective_date)",
            Assert.Single(Messages(errors)));
    }

    [Fact]
    public void Actions_csv_checks_dates_entities_and_action_kinds()
    {
        var errors = new InputErrors();
        var steps = ActionsCsv.Read(Open("actions.csv",
                "date,entity,action,reference",
                "2007-05-30,JPMC,notice,Ratings Event I",
                "2007-05-31,Morgan,notice,",
                "2007-06-31,JPMC,apology,Ratings Event I"),
            "actions.csv", RatingsFixture.BaseDeal.Parties, new[] { "I", "II" }, errors);
        Assert.Equal(new[]
        {
            "actions.csv:3:2: column entity: 'Morgan' is not a party of this deal (expected one of JPMC, Counterparty, S&P, Moodys)",
            "actions.csv:4:1: column date: '2007-06-31' is not a date (expected yyyy-mm-dd)",
            "actions.csv:4:3: column action: 'apology' is not one of notice, credit-support-document, transfer, collateral-agreement, rating-agency-confirmation",
        }, Messages(errors));
        Assert.Equal(new[] { "I" }, Assert.Single(steps).Events);
    }

    [Fact]
    public void Exposures_csv_checks_sources_amounts_and_duplicates()
    {
        var errors = new InputErrors();
        ExposuresCsv.Read(Open("exposures.csv",
                "valuation_date,source,provider,amount",
                "2007-10-05,internal,JPMC,300000.00",
                "2007-10-05,internal,JPMC,310000.00",
                "2007-10-05,guess,Bank A,\"1,000\"",
                "2007-10-05,external,,350000"),
            "exposures.csv", errors);
        Assert.Equal(new[]
        {
            "exposures.csv:3:1: column valuation_date: 2007-10-05 already has an internal mark (line 2)",
            "exposures.csv:4:2: column source: 'guess' is not one of internal, external",
            "exposures.csv:4:4: column amount: '1,000' is not a number (expected digits with '.' as decimal point, no thousands separators)",
            "exposures.csv:5:3: column provider: a value is required",
        }, Messages(errors));
    }

    [Fact]
    public void Collateral_csv_checks_types_maturities_issuers_and_values()
    {
        var errors = new InputErrors();
        CollateralCsv.Read(Open("collateral.csv",
                "valuation_date,type,security_id,issuer,maturity_date,market_value",
                "2007-06-01,cash,,,2007-07-01,100.00",
                "2007-06-01,ust,912828GX,US Treasury,,100.00",
                "2007-06-01,cp,CP1,,2007-06-20,100.00",
                "2007-06-01,gold,BAR1,Mint,2030-01-01,-5",
                "2007-06-01,ust,912828GX,US Treasury,2009-08-15,100.00",
                "2007-06-01,ust,912828GX,US Treasury,2009-08-15,100.00"),
            "collateral.csv", errors);
        Assert.Equal(new[]
        {
            "collateral.csv:2:5: column maturity_date: cash has no maturity date (leave it empty)",
            "collateral.csv:3:5: column maturity_date: a maturity date (yyyy-mm-dd) is required for ust",
            "collateral.csv:4:4: column issuer: the issuer is required for commercial paper (for the issuer limit)",
            "collateral.csv:5:2: column type: 'gold' is not one of cash, ust, agency, cp",
            "collateral.csv:5:6: column market_value: '-5' is negative (expected zero or more)",
            "collateral.csv:7:3: column security_id: 912828GX is listed twice for 2007-06-01 (line 6)",
        }, Messages(errors));
    }
}
