using Reporting.Ledger;

using static Reporting.Tests.Ledger.LedgerFixture;

namespace Reporting.Tests.Ledger;

/// <summary>Posted Collateral rolled forward from the transfers, checked against collateral.csv on each Valuation Date.</summary>
public class HoldingsTests
{
    [Fact]
    public void Cash_and_securities_rolled_forward_agree_with_the_holdings()
    {
        // 06-05: 200,000 cash and a bill delivered; 06-13: 50,000 cash returned.
        // Holdings: 06-08 cash 200,000 + bill; 06-15 cash 150,000 + bill. No breaks.
        var holdings = new[]
        {
            Reporting.Tests.Collateral.CollateralFixture.Holding("2007-06-08", "cash", "", "", null, 200_000m), Reporting.Tests.Collateral.CollateralFixture.Holding("2007-06-08", "ust", "912795A", "US Treasury", "2007-12-13", 97_000m),
            Reporting.Tests.Collateral.CollateralFixture.Holding("2007-06-15", "cash", "", "", null, 150_000m), Reporting.Tests.Collateral.CollateralFixture.Holding("2007-06-15", "ust", "912795A", "US Treasury", "2007-12-13", 97_100m),
        };
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored(holdings),
            "2007-06-05 JPMC Counterparty collateral-delivery cash 200000 2007-06-01",
            "2007-06-05 JPMC Counterparty collateral-delivery 912795A 96900 2007-06-01",
            "2007-06-13 Counterparty JPMC collateral-return cash 50000"), D("2007-06-15"));
        Assert.Empty(result.Holdings);
    }

    [Fact]
    public void A_cash_difference_and_a_security_on_one_side_only_are_breaks()
    {
        // Transfers give cash 200,000 on 06-08; the holdings show 199,200 (800 short) and a bill
        // nobody delivered; the delivered note is missing from the holdings.
        var holdings = new[]
        {
            Reporting.Tests.Collateral.CollateralFixture.Holding("2007-06-08", "cash", "", "", null, 199_200m), Reporting.Tests.Collateral.CollateralFixture.Holding("2007-06-08", "ust", "912795A", "US Treasury", "2007-12-13", 97_000m),
        };
        var result = LedgerEngine.Reconcile(LedgerOf(DowngradedThenRestored(holdings),
            "2007-06-05 JPMC Counterparty collateral-delivery cash 200000 2007-06-01",
            "2007-06-05 JPMC Counterparty collateral-delivery 912828GW 50000 2007-06-01"), D("2007-06-08"));
        Assert.Equal(new[]
        {
            new HoldingsBreak(D("2007-06-08"), "cash", 200_000m, 199_200m),
            new HoldingsBreak(D("2007-06-08"), "912828GW", 50_000m, null),
            new HoldingsBreak(D("2007-06-08"), "912795A", null, 97_000m),
        }, result.Holdings.Where(b => b.ValuationDate == D("2007-06-08")));
        // Before anything moved (06-01) nothing was held or delivered: no break that day.
        Assert.DoesNotContain(result.Holdings, b => b.ValuationDate == D("2007-06-01"));
    }
}
