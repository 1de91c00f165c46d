using Reporting.Testing;

namespace Reporting.Tests.Cli;

/// <summary>
/// What <c>reporting run</c> prints after its list of outputs: every exception of the month's
/// statement in the statement's words, and each Rating Agency a letter is copied to without a
/// notice address. Figures from the downgrade scenario's README: on the Valuation Date of
/// August 17, 2007 JPMC delivered a Value of 8,475,188.35 against a Delivery Amount of
/// 8,948,000.00, short by 472,811.65.
/// </summary>
public sealed class RunSummaryTests
{
    [Fact]
    public void TheRunSummaryListsTheStatementsExceptionsAndAnAgencyWithoutAnAddress()
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        deal.Replace("deal.yaml", "    notices:\n      name: Moody's Investors Service, Inc.\n      address:\n        - 7 World Trade Center, 250 Greenwich Street\n        - New York, NY 10007\n      attention: Residential Mortgage Monitoring\n", "");
        using var scratch = new TemporaryFolder();

        var run = CliRun.Of("run", deal.Folder, "--period", "2007-08", "--out", scratch.Combine("out"), "--archive", scratch.Combine("archive"));

        Assert.Equal(0, run.ExitCode);
        var exceptions = run.Stdout.Split('\n').Where(l => l.StartsWith("  exception: ", StringComparison.Ordinal)).ToArray();
        Assert.Contains(exceptions, l => l.Contains("Delivery Amount of USD 8,948,000.00 for the Valuation Date August 17, 2007", StringComparison.Ordinal)
                                         && l.Contains("USD 8,475,188.35 received, USD 472,811.65 short", StringComparison.Ordinal));
        Assert.Contains(exceptions, l => l.Contains("Moody's Investors Service, Inc. has no notice address", StringComparison.Ordinal));
        Assert.DoesNotContain(exceptions, l => l.Contains("Standard & Poor's Ratings Services has no notice address", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRunSummaryListsOnlyTheStatementsExceptionsNotTheEligibilityReportsLoans()
    {
        // Depositor-first deal, May 2007 (its README): loan H02 was bought by the Servicer on May 8,
        // inside the Depositor's exclusive period; the statement lists it once, and the eligibility
        // report's own list of such loans (rows, not exceptions) is no exception of the summary.
        using var scratch = new TemporaryFolder();

        var run = CliRun.Of("run", Repo.Deal("depositor-first-2006"), "--period", "2007-05", "--out", scratch.Combine("out"), "--archive", scratch.Combine("archive"));

        Assert.Equal(0, run.ExitCode);
        var exceptions = run.Stdout.Split('\n').Where(l => l.StartsWith("  exception: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(1, exceptions.Count(l => l.Contains("Loan H02: its purchase of May 8, 2007 is outside the terms", StringComparison.Ordinal)));
    }
}
