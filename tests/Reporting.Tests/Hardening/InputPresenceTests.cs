using NodaTime;
using Reporting.Cycle;
using Reporting.Inputs;
using Reporting.Loans;
using Reporting.RunFormat;
using Reporting.Tests.Support;

namespace Reporting.Tests.Hardening;

/// <summary>A file the terms name is never read as "no data" when it is missing, a folder or only a header.</summary>
public class InputPresenceTests
{
    [Fact]
    public void WithoutRatingsCsvTheRunFailsInsteadOfDroppingTheNotices()
    {
        using var scratch = new Scratch("gmacm-2006-he3-downgrade");
        File.Delete(scratch.DealFile("ratings.csv"));
        var run = scratch.Run("2007-08", "--out", scratch.Out);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ratings.csv: the deal folder has no ratings.csv (ratings_downgrade.ratings_file in deal.yaml names it)", run.Stderr);
        Assert.Contains("1 error; nothing was written.", run.Stderr);
        Assert.False(Directory.Exists(scratch.Out));
        Assert.False(Directory.Exists(scratch.Archive));
    }

    public static TheoryData<string, string> NamedFiles() => new()
    {
        { "gmacm-2006-he3-downgrade", "schedule.csv" },
        { "gmacm-2006-he3-downgrade", "fixings.csv" },
        { "gmacm-2006-he3-downgrade", "ratings.csv" },
        { "gmacm-2006-he3-downgrade", "actions.csv" },
        { "gmacm-2006-he3-downgrade", "exposures.csv" },
        { "gmacm-2006-he3-downgrade", "collateral.csv" },
        { "ramp-2006-rs3", "loans.csv" },
        { "ramp-2006-rs3", "purchases.csv" },
    };

    [Theory]
    [MemberData(nameof(NamedFiles))]
    public void AMissingNamedFileIsAnError(string dealId, string file)
    {
        using var deal = new TempDeal(dealId);
        File.Delete(deal.Path(file));
        var error = Assert.Throws<InputException>(() => LoadAndPlan(deal.Folder, dealId));
        Assert.Contains(error.Errors, e => e.File == file && e.Message.StartsWith($"the deal folder has no {file}"));
    }

    [Theory]
    [MemberData(nameof(NamedFiles))]
    public void AFolderInPlaceOfANamedFileIsAnError(string dealId, string file)
    {
        using var deal = new TempDeal(dealId);
        File.Delete(deal.Path(file));
        Directory.CreateDirectory(deal.Path(file));
        var error = Assert.Throws<InputException>(() => LoadAndPlan(deal.Folder, dealId));
        Assert.Contains(error.Errors, e => e.File == file && e.Message.StartsWith("is a folder"));
    }

    [Theory]
    [InlineData("gmacm-2006-he3-downgrade", "ratings.csv", "has no rating rows")]
    [InlineData("gmacm-2006-he3-downgrade", "schedule.csv", "Schedule I has no lines")]
    [InlineData("ramp-2006-rs3", "loans.csv", "has no loan rows")]
    public void AHeaderOnlyFileWhereDataIsRequiredIsAnError(string dealId, string file, string expected)
    {
        using var deal = new TempDeal(dealId);
        File.WriteAllText(deal.Path(file), File.ReadLines(deal.Path(file)).First() + "\n");
        var error = Assert.Throws<InputException>(() => LoadAndPlan(deal.Folder, dealId));
        Assert.Contains(error.Errors, e => e.File == file && e.Message.Contains(expected));
    }

    [Fact]
    public void ADealWithoutRatingHistorySaysSoWithNone()
    {
        // The GMACM sample keeps no rating history: `ratings_file: none` in its terms.
        var context = MonthlyCycle.Load(new RunRequest(Repo.Deal("gmacm-2006-he3"), new YearMonth(2007, 8), Repo.Path("templates"), "unused"));
        Assert.Null(context.Ratings);
        Assert.Null(context.Terms.RatingsDowngrade!.RatingsFile);
    }

    private static void LoadAndPlan(string folder, string dealId)
    {
        var month = dealId == "ramp-2006-rs3" ? new YearMonth(2007, 6) : new YearMonth(2007, 8);
        // Loading reads every file the terms name (the loan tape too); evaluating reads none.
        MonthlyCycle.Prepare(new RunRequest(folder, month, Repo.Path("templates"), Path.Combine(folder, "out")));
    }
}
