using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ledger;
using Reporting.RunFormat;
using Reporting.Tests.Support;

namespace Reporting.Tests.Ledger;

/// <summary>The Interest Rate election and the failure rule as deal data, and the files they name.</summary>
public sealed class LedgerDataLoaderTests : IDisposable
{
    private readonly TempDeal deal = new("gmacm-2006-he3-downgrade");

    private void Elect(string interestRate) =>
        deal.Replace("deal.yaml", "    basis: achieved-return\n", interestRate);

    [Fact]
    public void The_sample_elects_the_achieved_return_and_no_event_of_default()
    {
        var annex = DealLoader.LoadTerms(deal.Folder).CreditSupportAnnex!;
        Assert.Equal(InterestRateElection.AchievedReturn, annex.InterestRate.Basis);
        Assert.Equal(FailureToTransferTerms.Standard(annex.LocalBusinessDays) with { EventOfDefault = false }, annex.FailureToTransfer);
    }

    [Fact]
    public void A_fed_funds_election_loads_its_daily_rates()
    {
        Elect("    basis: fed-funds-effective\n    index: USD-Federal Funds-H.15\n    fixings_file: fed-funds.csv\n");
        deal.Write("fed-funds.csv", "index,fixing_date,rate_percent\nUSD-Federal Funds-H.15,2007-06-05,5.26\n");
        var terms = DealLoader.LoadTerms(deal.Folder);
        var data = LedgerDataLoader.Load(terms, null, null);
        Assert.Equal(5.26m, data.InterestFixings.Find("USD-Federal Funds-H.15", new NodaTime.LocalDate(2007, 6, 5))!.RatePercent);
        Assert.True(data.HasTransfersFile);
    }

    [Fact]
    public void A_fed_funds_election_without_its_index_or_file_is_an_error_at_the_key()
    {
        Elect("    basis: fed-funds-effective\n");
        var errors = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder)).Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.Contains("index") && e.Contains("required for fed-funds-effective"));
        Assert.Contains(errors, e => e.Contains("fixings_file") && e.Contains("required for fed-funds-effective"));
    }

    [Fact]
    public void A_missing_fixings_file_is_reported_by_name()
    {
        Elect("    basis: fed-funds-effective\n    index: USD-Federal Funds-H.15\n    fixings_file: fed-funds.csv\n");
        var terms = DealLoader.LoadTerms(deal.Folder);
        var error = Assert.Single(Assert.Throws<InputException>(() => LedgerDataLoader.Load(terms, null, null)).Errors);
        Assert.Equal("fed-funds.csv: the deal folder has no fed-funds.csv (credit_support_annex.interest_rate.fixings_file in deal.yaml names it)", error.ToString());
    }

    [Fact]
    public void A_bad_transfers_row_stops_the_run_with_its_location()
    {
        deal.Replace("transfers.csv", "2007-05-30,JPMC,Counterparty,collateral-delivery,cash,216000.00,2007-05-25",
            "2007-05-30,JPMC,Counterparty,collateral-delivery,cash,216000.00,last friday");
        var errors = Assert.Throws<InputException>(() => LedgerDataLoader.Load(DealLoader.LoadTerms(deal.Folder), null, null)).Errors;
        Assert.Equal("transfers.csv:3:7: column reference: 'last friday' is not the Valuation Date of a call (yyyy-mm-dd), 'substitution' or empty",
            Assert.Single(errors).ToString());
    }

    public void Dispose() => deal.Dispose();
}
