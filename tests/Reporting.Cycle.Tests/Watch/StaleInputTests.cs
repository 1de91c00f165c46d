using Reporting.Cycle.Watch;
using Reporting.Deals;
using Reporting.Testing;
using static Reporting.Testing.Dates;

namespace Reporting.Tests.Cycle.Watch;

/// <summary>
/// Stale inputs as the deal's terms define them (watch_list: in deal.yaml): the loan tape of the month
/// before the watch date's month, the internal mark of the last Valuation Date while collateral can be called.
/// </summary>
public class StaleInputTests
{
    [Fact]
    public void TheLoanTapeIsStaleOnceAMonthIsMissing()
    {
        var ramp = DealInputsLoader.Load(Repo.Deal("ramp-2006-rs3"));
        // The last tape reports 31 December 2008. On 31 January 2009 the December tape is the one expected;
        // from 1 February 2009 the January tape is, and none came.
        Assert.Empty(DealWatchEngine.Watch(ramp, D("2009-01-31"), 10).StaleInputs);
        var stale = Assert.Single(DealWatchEngine.Watch(ramp, D("2009-02-01"), 10).StaleInputs);
        Assert.Equal(new StaleInput(StaleInput.LoanTape, "loans.csv", D("2008-12-31"), D("2009-01-01")), stale);
    }

    [Fact]
    public void ALongerTapeLagInTheTermsAllowsAnOlderTape()
    {
        using var deal = new TempDeal("ramp-2006-rs3");
        deal.Replace("deal.yaml", "loan_tape_lag_months: 1", "loan_tape_lag_months: 2");
        var watch = DealWatchEngine.Watch(DealInputsLoader.Load(deal.Folder), D("2009-02-01"), 10);
        Assert.Empty(watch.StaleInputs);
        Assert.Single(DealWatchEngine.Watch(DealInputsLoader.Load(deal.Folder), D("2009-03-01"), 10).StaleInputs);
    }

    [Fact]
    public void TheMarkOfTheLastValuationDateIsExpectedWhileTheThresholdIsFinite()
    {
        // The downgrade scenario marks every Friday: on Monday 20 August 2007 the mark of Friday the 17th is there.
        var downgrade = DealInputsLoader.Load(Repo.Deal("gmacm-2006-he3-downgrade"));
        Assert.Empty(DealWatchEngine.Watch(downgrade, D("2007-08-20"), 10).StaleInputs);
        // After 12 February 2008 the ratings recover and the Threshold is infinite again: no mark is needed,
        // though none was made after 7 March.
        Assert.Empty(DealWatchEngine.Watch(downgrade, D("2008-04-14"), 10).StaleInputs);

        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        var lines = File.ReadAllLines(deal.Path("exposures.csv"));
        File.WriteAllLines(deal.Path("exposures.csv"), lines.Where(l => !l.StartsWith("2007-08-17,internal", StringComparison.Ordinal)));
        var stale = Assert.Single(DealWatchEngine.Watch(DealInputsLoader.Load(deal.Folder), D("2007-08-20"), 10).StaleInputs);
        Assert.Equal(new StaleInput(StaleInput.ExposureMark, "exposures.csv", D("2007-08-10"), D("2007-08-17")), stale);

        // One Valuation Date of lag allowed: the mark of the 10th will do.
        deal.Replace("deal.yaml", "mark_lag_valuation_dates: 0", "mark_lag_valuation_dates: 1");
        Assert.Empty(DealWatchEngine.Watch(DealInputsLoader.Load(deal.Folder), D("2007-08-20"), 10).StaleInputs);
    }

    [Fact]
    public void ANegativeLagIsALocatedError()
    {
        using var deal = new TempDeal("ramp-2006-rs3");
        deal.Replace("deal.yaml", "loan_tape_lag_months: 1", "loan_tape_lag_months: -1");
        var error = Assert.Throws<Reporting.RunFormat.InputException>(() => DealInputsLoader.Load(deal.Folder));
        var diagnostic = Assert.Single(error.Errors);
        Assert.Equal(("deal.yaml", "watch_list.loan_tape_lag_months"), (diagnostic.File, diagnostic.Field));
        Assert.True(diagnostic.Line > 0);
    }
}
