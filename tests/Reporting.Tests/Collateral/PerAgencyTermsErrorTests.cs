using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Tests.Collateral;

/// <summary>
/// Bad entries of <c>credit_support_amounts:</c> (and of the <c>dv01</c> column it reads) are
/// reported at their file, line and column, every one of a file at once.
/// </summary>
public sealed class PerAgencyTermsErrorTests : IDisposable
{
    private readonly TempDeal _deal = new("carrington-2006-nc5-csa");

    private IReadOnlyList<string> Errors() =>
        Assert.Throws<InputException>(() => DealLoader.LoadTerms(_deal.Folder)).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void The_sample_deal_reads_four_agencies_in_the_order_the_annex_lists_them()
    {
        var terms = DealLoader.LoadTerms(Repo.Deal("carrington-2006-nc5-csa")).CreditSupportAnnex!;

        Assert.Equal(new[] { "sp", "moodys-first", "moodys-second", "fitch" }, terms.Agencies.Select(a => a.Id));
        Assert.Equal(new FrequencyFigure(2m, 4m), terms.Agencies[1].NotionalPercent);
        Assert.Equal(ValuationFrequency.Weekly, terms.Frequency);
        // A type an agency does not list keeps the annex's Valuation Percentage (cash, 100%).
        Assert.Equal(100m, terms.Agencies[0].Collateral(terms.EligibleCollateral).Single(t => t.Type == "cash").Buckets[0].ValuationPercent);
        Assert.Equal(92m, terms.Agencies[0].Collateral(terms.EligibleCollateral).Single(t => t.Type == "ust").Buckets[1].ValuationPercent);
    }

    [Fact]
    public void Every_bad_entry_is_reported_where_it_stands()
    {
        _deal.Replace("deal.yaml", "- id: moodys-second\n      name: Moody's Second Trigger\n", "- id: moodys-first\n      name: Moody's Second Trigger\n");
        _deal.Replace("deal.yaml", "notional_percent: {daily: 2, weekly: 4}", "notional_percent: {daily: 2, weekly: 140}");
        _deal.Replace("deal.yaml", "dv01_multiplier: {daily: 50, weekly: 60}", "dv01_multiplier: {daily: 50}");
        _deal.Replace("deal.yaml", """
                    - type: ust
                      maturity_buckets:
                        - {at_most_years: 1, valuation_percent: 97.5}
            """, """
                    - type: agency
                      maturity_buckets:
                        - {at_most_years: 1, valuation_percent: 97.5}
            """);

        var errors = Errors();

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => System.Text.RegularExpressions.Regex.IsMatch(e,
            @"^deal\.yaml:\d+:\d+: credit_support_annex\.credit_support_amounts\[2\]\.id: 'moodys-first' is listed twice$"));
        Assert.Contains(errors, e => System.Text.RegularExpressions.Regex.IsMatch(e,
            @"^deal\.yaml:\d+:\d+: credit_support_annex\.credit_support_amounts\[1\]\.notional_percent\.weekly: '140' is not a percentage between 0 and 100$"));
        Assert.Contains(errors, e => System.Text.RegularExpressions.Regex.IsMatch(e,
            @"^deal\.yaml:\d+:\d+: credit_support_annex\.credit_support_amounts\[2\]\.dv01_multiplier\.weekly: required key is missing"));
        Assert.Contains(errors, e => System.Text.RegularExpressions.Regex.IsMatch(e,
            @"^deal\.yaml:\d+:\d+: credit_support_annex\.credit_support_amounts\[3\]\.valuation_percentages\[0\]\.type: 'agency' is not among the annex's eligible_collateral \(expected cash, ust\)$"));
    }

    [Fact]
    public void The_annex_wide_volatility_buffer_is_required_only_without_per_agency_amounts()
    {
        var yaml = File.ReadAllText(_deal.Path("deal.yaml"));
        int from = yaml.IndexOf("  credit_support_amounts:", StringComparison.Ordinal);
        int to = yaml.IndexOf("  minimum_transfer_amount:", StringComparison.Ordinal);
        _deal.Write("deal.yaml", yaml[..from] + yaml[to..]);

        var error = Assert.Single(Errors());
        Assert.Matches(@"^deal\.yaml:\d+:\d+: credit_support_annex\.volatility_buffer: required key is missing \(expected a section; it may be left out only when credit_support_amounts gives each agency's add-ons\)$", error);
    }

    [Fact]
    public void The_dv01_column_is_checked_like_every_column()
    {
        _deal.Replace("exposures.csv", "2008-03-07,internal,SRFP,1180000.00,61500.00", "2008-03-07,internal,SRFP,1180000.00,-5");
        _deal.Replace("exposures.csv", "2008-03-14,internal,SRFP,1310000.00,61000.00", "2008-03-14,external,Dealer,1310000.00,61000.00");

        var error = Assert.Throws<InputException>(() => CollateralDataLoader.Load(DealLoader.LoadTerms(_deal.Folder)));

        Assert.Equal(new[]
        {
            "exposures.csv:3:5: column dv01: must not be negative",
            "exposures.csv:4:5: column dv01: only an internal mark carries the DV01",
        }, error.Errors.Select(e => e.ToString()));
    }

    public void Dispose() => _deal.Dispose();
}
