using Reporting.Cap;
using Reporting.Ledger;
using static Reporting.Tests.Ledger.LedgerFixture;

namespace Reporting.Tests.Ledger;

/// <summary>
/// Interest Amounts on posted cash (Paragraph 6(d)(ii); Paragraph 13(h): transfer on the 2nd Local
/// Business Day of each month). Cash of 1,000,000 posted Tue 2007-06-05. July 2007: Mon 07-02 is
/// the 1st Local Business Day, Tue 07-03 the 2nd, so the first Interest Period is 06-05 to 07-03:
/// 28 days, 28,000,000 cash-days.
/// </summary>
public class InterestAmountTests
{
    private const string Posting = "2007-06-05 JPMC Counterparty collateral-delivery cash 1000000 2007-06-01";

    private static Reporting.Collateral.CollateralData WithRate(InterestRateElection election)
    {
        // Threshold 0 (A2) and a single mark of 1,000,000 on 06-01: one call of 1,000,000, met by the
        // posting; later Valuation Dates have no mark, so no call and no failure of JPMC.
        var data = Reporting.Tests.Collateral.CollateralFixture.Data(
            Reporting.Tests.Ratings.RatingsFixture.History("2007-05-22 Moodys long A2"),
            new[] { Reporting.Tests.Collateral.CollateralFixture.Internal("2007-06-01", 1_000_000m) });
        data = WithStandardFailureRule(data);
        return data with { Terms = data.Terms with { InterestRate = election } };
    }

    [Fact]
    public void Fed_funds_effective_accrues_day_by_day_on_the_cash_held()
    {
        // A flat 5.25% every day: 28,000,000 × 5.25% / 360 = 4,083.333... → 4,083.33.
        var fixings = new Dictionary<(string, NodaTime.LocalDate), Fixing>();
        for (var d = D("2007-06-01"); d <= D("2007-08-31"); d = d.PlusDays(1)) fixings[("FEDFUNDS", d)] = new Fixing("FEDFUNDS", d, 5.25m);
        var data = WithRate(new InterestRateElection(InterestRateElection.FedFundsEffective, "FEDFUNDS", "ff.csv"));
        var ledger = new LedgerData(new[] { T(Posting), T("2007-07-03 Counterparty JPMC interest-amount cash 4083.33 2007-07-03") },
            null, data, new FixingSeries(fixings), true);
        var july = LedgerEngine.Reconcile(ledger, D("2007-07-31")).InterestAmounts.First();
        Assert.Equal((D("2007-06-05"), D("2007-07-03"), 28_000_000m, 5.25m, 4_083.33m, SettlementStatus.Paid),
            (july.PeriodStart, july.PeriodEnd, july.BalanceDays, july.RatePercent!.Value, july.Amount!.Value, july.Status));
    }

    [Fact]
    public void A_missing_daily_rate_leaves_the_amount_unknown()
    {
        var data = WithRate(new InterestRateElection(InterestRateElection.FedFundsEffective, "FEDFUNDS", "ff.csv"));
        var ledger = new LedgerData(new[] { T(Posting) }, null, data, FixingSeries.Empty, true);
        var july = LedgerEngine.Reconcile(ledger, D("2007-07-31")).InterestAmounts.First();
        Assert.Equal((SettlementStatus.Unknown, 28), (july.Status, july.MissingRateDays.Count));
        Assert.Null(july.Amount);
    }

    [Fact]
    public void An_achieved_return_hands_back_the_income_recorded_in_the_period()
    {
        // Income of 4,000 recorded 06-29: rate = 4,000 × 360 / 28,000,000 = 5.142857%;
        // amount = 28,000,000 × 5.142857...% / 360 = 4,000.00. Paid a day late (07-05 for 07-03).
        var ledger = LedgerOf(WithRate(InterestRateElection.Achieved), Posting,
            "2007-06-29 MoneyMarketFund Counterparty collateral-income cash 4000",
            "2007-07-05 Counterparty JPMC interest-amount cash 4000");
        var july = LedgerEngine.Reconcile(ledger, D("2007-07-31")).InterestAmounts.First();
        Assert.Equal((5.142857m, 4_000m, 4_000m, SettlementStatus.Late), (july.RatePercent!.Value, july.Income!.Value, july.Amount!.Value, july.Status));
    }

    [Fact]
    public void An_unpaid_interest_amount_is_the_secured_partys_failure_to_transfer()
    {
        // Due Tue 07-03 (Wed 07-04 is Independence Day): notice Thu 07-05, grace Fri 07-06 and Mon 07-09, default from Tue 07-10.
        var ledger = LedgerOf(WithRate(InterestRateElection.Achieved), Posting, "2007-06-29 MoneyMarketFund Counterparty collateral-income cash 4000");
        var failure = LedgerEngine.Reconcile(ledger, D("2007-07-31")).Failures.Single(f => f.Obligation == "interest");
        Assert.Equal(("Counterparty", D("2007-07-05"), D("2007-07-09"), D("2007-07-10")),
            (failure.FailingParty, failure.NoticeDate, failure.GraceEnd, failure.EventOfDefaultFrom!.Value));
    }
}
