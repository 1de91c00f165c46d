using Reporting.Collateral;
using Reporting.Deals;
using Reporting.Ratings;
using Reporting.Testing;
using static Reporting.Testing.Dates;

namespace Reporting.Tests.Collateral;

/// <summary>
/// One Credit Support Amount per rating agency, as the Credit Support Annex of December 2006
/// between Swiss Re Financial Products Corporation and the trustee of Carrington Mortgage Loan
/// Trust, Series 2006-NC5 words it (SEC Form 8-K, CIK 1381946, accession 0001144204-07-000216,
/// Exhibit 10.5), Paragraph 13(b)(i): "the Delivery Amount ... will equal the greatest of" the S&amp;P,
/// Moody's First Trigger, Moody's Second Trigger and Fitch Credit Support Amounts, each less the
/// Value of the Posted Credit Support at that agency's Valuation Percentages; the Return Amount
/// "the least of" the Values less the amounts. The terms are those of deals/carrington-2006-nc5-csa;
/// the add-on figures its README marks as taken from other annexes of the form (the Moody's First
/// Trigger Notional Amount Multiplier: "if each Local Business Day is a Valuation Date, 2%,
/// otherwise 4%") or invented (the DV01 multipliers, Valuation Percentages). Every figure below is
/// worked by hand from those terms.
/// </summary>
public sealed class PerAgencyCreditSupportTests
{
    private static readonly Lazy<CollateralData> _deal = new(() =>
        CollateralDataLoader.Load(DealLoader.LoadTerms(Repo.Deal("carrington-2006-nc5-csa"))));

    // The Calculation Period 25 March - 25 April 2008 has a Notional Amount of 650,000,000 (the
    // 16th line of schedule.csv). On 28 March 2008 the remaining weighted average life is about
    // 2.11 years (650m x 28 days, then 640m ... 320m a month each, over 650m, in years of 365
    // days): the first column of S&P's table ("up to 3 years") and Fitch's third ("up to 3").
    private const string ValuationDate = "2008-03-28";

    // Every agency's trigger holds: Moody's Baa1/P-2 (First and Second Trigger), S&P A-2, Fitch A-.
    private static readonly string[] _allDowngraded =
    {
        "2008-03-25 Moodys long Baa1", "2008-03-25 Moodys short P-2", "2008-03-04 S&P long A", "2008-03-04 S&P short A-2",
        "2008-03-11 Fitch long A-", "2008-03-11 Fitch short F2",
    };

    private static CollateralData Data(string[] ratings, decimal exposure, decimal? dv01, params PostedHolding[] holdings)
    {
        var healthy = new[]
        {
            "2006-12-19 S&P long AA-", "2006-12-19 S&P short A-1+", "2006-12-19 Moodys long Aa2", "2006-12-19 Moodys short P-1",
            "2006-12-19 Fitch long AA-", "2006-12-19 Fitch short F1+",
        };
        var history = new RatingsHistory(healthy.Concat(ratings).Select(line =>
        {
            var p = line.Split(' ');
            var scale = RatingScales.For(RatingAgency.Find(p[1])!, RatingTerms.Find(p[2])!.Value);
            return new RatingAction("SRFP", CreditRating.TryCreate(scale, p[3], WatchStatus.None)!, D(p[0]), 0);
        }));
        var mark = new ExposureMark(D(ValuationDate), ExposureMark.Internal, "SRFP", exposure, 0) { Dv01 = dv01 };
        return _deal.Value with { Ratings = history, Marks = new[] { mark }, Holdings = holdings };
    }

    private static PostedHolding Cash(decimal amount) => new(D(ValuationDate), "cash", "", "", null, amount, 0);

    // A Treasury of 2.4 years' remaining maturity: S&P 92%, Moody's Second Trigger 94%, Fitch 90%,
    // Moody's First Trigger (the annex's own) 100%.
    private static PostedHolding Treasury(decimal bid) =>
        new(D(ValuationDate), "ust", "912828HA1", "United States Treasury", D("2010-08-15"), bid, 0);

    private static AgencyCreditSupportResult Agency(CollateralValuation v, string id) => v.Agencies.Single(a => a.Id == id);

    [Fact]
    public void Each_agency_values_the_posted_collateral_at_its_own_Valuation_Percentages_and_the_Return_Amount_is_the_least_excess()
    {
        // Exposure 1,390,000; DV01 60,000; cash 3,000,000 and a Treasury bid at 18,000,000.
        var v = CollateralEngine.Value(Data(_allDowngraded, 1_390_000m, 60_000m, Cash(3_000_000m), Treasury(18_000_000m)), D(ValuationDate));

        // S&P: 1,390,000 + 2.75% x 650,000,000 (17,875,000) = 19,265,000; Value 3,000,000 + 92% x 18,000,000 = 19,560,000.
        Assert.Equal(17_875_000m, Agency(v, "sp").VolatilityBuffer!.Amount);
        Assert.Equal(19_265_000m, Agency(v, "sp").CreditSupportAmount);
        Assert.Equal(19_560_000m, Agency(v, "sp").PostedValue);
        // Moody's First Trigger, weekly: 1,390,000 + the lesser of 4% x 650,000,000 (26,000,000) and
        // 25 x 60,000 (1,500,000) = 2,890,000; Value 3,000,000 + 100% x 18,000,000 = 21,000,000.
        Assert.Equal(2_890_000m, Agency(v, "moodys-first").CreditSupportAmount);
        Assert.Equal(21_000_000m, Agency(v, "moodys-first").PostedValue);
        // Moody's Second Trigger: 1,390,000 + the lesser of 7% x 650,000,000 and 60 x 60,000 (3,600,000)
        // = 4,990,000; Value 3,000,000 + 94% x 18,000,000 = 19,920,000.
        Assert.Equal(4_990_000m, Agency(v, "moodys-second").CreditSupportAmount);
        Assert.Equal(19_920_000m, Agency(v, "moodys-second").PostedValue);
        // Fitch: 1,390,000 + 1.6% x 650,000,000 (10,400,000) = 11,790,000; Value 3,000,000 + 90% x 18,000,000 = 19,200,000.
        Assert.Equal(11_790_000m, Agency(v, "fitch").CreditSupportAmount);
        Assert.Equal(19_200_000m, Agency(v, "fitch").PostedValue);

        // Excesses: S&P 295,000; First Trigger 18,110,000; Second Trigger 14,930,000; Fitch 7,410,000.
        // The least is S&P's: Return Amount 290,000 (rounded down to 10,000); no agency is short.
        Assert.Equal("sp", v.GoverningAgency);
        Assert.Equal(290_000m, v.ReturnAmount);
        Assert.Equal(0m, v.DeliveryAmount);
        // The valuation's single figures are the governing agency's.
        Assert.Equal(19_265_000m, v.CreditSupportAmount);
        Assert.Equal(19_560_000m, v.PostedValue);
    }

    [Fact]
    public void The_Delivery_Amount_is_the_greatest_shortfall()
    {
        // Same ratings and marks, only 2,800,000 of cash posted (100% at every agency).
        var v = CollateralEngine.Value(Data(_allDowngraded, 1_390_000m, 60_000m, Cash(2_800_000m)), D(ValuationDate));

        // Shortfalls: S&P 19,265,000 - 2,800,000 = 16,465,000; First Trigger 90,000; Second Trigger
        // 2,190,000; Fitch 8,990,000. The greatest is S&P's: 16,465,000 rounded up to 16,470,000.
        Assert.Equal(new[] { 16_465_000m, 90_000m, 2_190_000m, 8_990_000m }, v.Agencies.Select(a => a.Difference!.Value));
        Assert.Equal("sp", v.GoverningAgency);
        Assert.Equal(16_470_000m, v.DeliveryAmount);
        Assert.Equal(0m, v.ReturnAmount);
    }

    [Fact]
    public void An_agency_whose_conditions_do_not_hold_asks_for_nothing_so_another_can_govern()
    {
        // Only Moody's First Trigger holds (A2): "for any other Valuation Date, zero" for the rest.
        var v = CollateralEngine.Value(Data(new[] { "2008-03-25 Moodys long A2" }, 1_390_000m, 60_000m, Cash(2_800_000m)), D(ValuationDate));

        Assert.Equal(new[] { false, true, false, false }, v.Agencies.Select(a => a.Applies));
        Assert.Equal(new decimal?[] { 0m, 2_890_000m, 0m, 0m }, v.Agencies.Select(a => a.CreditSupportAmount));
        // Shortfall 2,890,000 - 2,800,000 = 90,000: under the Minimum Transfer Amount of 100,000.
        Assert.Equal("moodys-first", v.GoverningAgency);
        Assert.Equal(0m, v.DeliveryAmount);
        // Excesses: the others 2,800,000 each, Moody's First Trigger -90,000: the least is negative, no return.
        Assert.Equal(0m, v.ReturnAmount);
    }

    [Fact]
    public void Daily_valuation_takes_the_smaller_Moodys_multipliers()
    {
        var weekly = Data(new[] { "2008-03-25 Moodys long A2" }, 1_390_000m, 60_000m);
        var daily = weekly with { Terms = weekly.Terms with { Frequency = ValuationFrequency.Daily } };

        // Weekly: the lesser of 4% x 650,000,000 and 25 x 60,000 = 1,500,000 -> 2,890,000.
        Assert.Equal(2_890_000m, Agency(CollateralEngine.Value(weekly, D(ValuationDate)), "moodys-first").CreditSupportAmount);
        // Daily ("if each Local Business Day is a Valuation Date"): the lesser of 2% x 650,000,000
        // (13,000,000) and 15 x 60,000 (900,000) = 900,000 -> 1,390,000 + 900,000 = 2,290,000.
        var v = CollateralEngine.Value(daily, D(ValuationDate));
        Assert.Equal(2m, Agency(v, "moodys-first").NotionalPercent);
        Assert.Equal(15m, Agency(v, "moodys-first").Dv01Multiplier);
        Assert.Equal(2_290_000m, Agency(v, "moodys-first").CreditSupportAmount);
        Assert.Equal(2_290_000m, v.DeliveryAmount); // nothing posted; already a multiple of 10,000
    }

    [Fact]
    public void The_percentage_of_the_Notional_Amount_counts_when_it_is_the_lesser_add_on()
    {
        // A DV01 of 2,000,000 a basis point: 25 x 2,000,000 = 50,000,000 exceeds 4% x 650,000,000
        // = 26,000,000, so the notional add-on counts: 1,390,000 + 26,000,000 = 27,390,000.
        var v = CollateralEngine.Value(Data(new[] { "2008-03-25 Moodys long A2" }, 1_390_000m, 2_000_000m), D(ValuationDate));

        var first = Agency(v, "moodys-first");
        Assert.Equal(26_000_000m, first.NotionalAddOn);
        Assert.Equal(50_000_000m, first.Dv01AddOn);
        Assert.Equal(26_000_000m, first.AddOn);
        Assert.Equal(27_390_000m, first.CreditSupportAmount);
    }

    [Fact]
    public void Valuation_Dates_are_every_Local_Business_Day_when_the_annex_values_daily()
    {
        var calendar = _deal.Value.Terms.LocalBusinessDays;
        // Week of Monday 24 March 2008: weekly gives Friday the 28th; daily gives all five days.
        Assert.Equal(new[] { D("2008-03-28") }, ValuationSchedule.Between(D("2008-03-24"), D("2008-03-30"), calendar, ValuationFrequency.Weekly));
        Assert.Equal(5, ValuationSchedule.Between(D("2008-03-24"), D("2008-03-30"), calendar, ValuationFrequency.Daily).Count);
        // Memorial Day, Monday 26 May 2008, is not a New York business day.
        Assert.DoesNotContain(D("2008-05-26"), ValuationSchedule.Between(D("2008-05-26"), D("2008-05-30"), calendar, ValuationFrequency.Daily));
    }

    [Fact]
    public void A_missing_DV01_leaves_the_agency_amount_and_the_transfer_unknown()
    {
        var v = CollateralEngine.Value(Data(new[] { "2008-03-25 Moodys long A2" }, 1_390_000m, null), D(ValuationDate));

        Assert.Null(Agency(v, "moodys-first").CreditSupportAmount);
        Assert.Null(v.DeliveryAmount);
        Assert.Null(v.GoverningAgency);
        Assert.Contains(v.Exceptions, e => e.Kind == ValuationIssueKind.NoDv01 && e.Date == D(ValuationDate) && e.Agency is not null);
    }
}
