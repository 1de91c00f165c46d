using Reporting.Cap;
using Reporting.Cli;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ratings;
using Reporting.RunFormat;
using Reporting.Tests.Support;

namespace Reporting.Tests.Hardening;

/// <summary>Out-of-range values and silently ambiguous input are located errors, never internal errors.</summary>
public class RangeAndStrictInputTests
{
    [Theory]
    [InlineData("run", "--period", "1900-01")]
    [InlineData("run", "--period", "2100-01")]
    [InlineData("cap", "--as-of", "9999-12-31")]
    [InlineData("ratings", "--as-of", "0001-01-01")]
    [InlineData("collateral", "--valuation-date", "9999-12-31")]
    [InlineData("loans", "--as-of", "1949-12-31")]
    public void AnOptionDateOutsideTheSupportedYearsIsAUsageError(string command, string option, string value)
    {
        var deal = Repo.Deal(command == "loans" ? "ramp-2006-rs3" : "gmacm-2006-he3-downgrade");
        var run = CliRun.Of(command, deal, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} '{value}' is outside the years 1951-2098", run.Stderr);
    }

    public static TheoryData<string, string, string, string> TermsValues() => new()
    {
        { "effective_date: 2006-09-25", "effective_date: 0001-01-01", "cap.effective_date", "outside the years" },
        { "termination_date: 2008-05-25", "termination_date: 9999-12-31", "cap.termination_date", "outside the years" },
        { "notice: {days: 5, count: business}", "notice: {days: 2147483647, count: business}", "ratings_downgrade.events[0].notice.days", "outside the supported range" },
        { "notice: {days: 5, count: business}", "notice: {days: 99999999999999, count: business}", "ratings_downgrade.events[0].notice.days", "outside the supported range" },
        { "payment_offset_business_days: -1", "payment_offset_business_days: -100000", "cap.floating.payment_offset_business_days", "outside the supported range" },
    };

    [Theory]
    [MemberData(nameof(TermsValues))]
    public void ATermOutsideTheSupportedRangeIsALocatedError(string find, string replace, string field, string message)
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        deal.Replace("deal.yaml", find, replace);
        var error = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));
        Assert.Contains(error.Errors, e => e.File == "deal.yaml" && e.Line > 0 && e.Field == field && e.Message.Contains(message));
    }

    [Fact]
    public void ANotionalOfTheLargestDecimalIsALocatedErrorAndTheCliSaysSo()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        deal.Replace("schedule.csv", "2006-09-25,2006-10-25,571825082.60", "2006-09-25,2006-10-25,79228162514264337593543950335");
        var error = Assert.Throws<InputException>(() => CapInputs.Load(deal.Folder));
        Assert.Equal("schedule.csv:2:3: column notional: '79228162514264337593543950335' is outside the supported range (at most 1000000000000000 either side of zero)",
            Assert.Single(error.Errors).ToString());
        var run = CliRun.Of("cap", deal.Folder);
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Stderr);
    }

    [Fact]
    public void ADateWorkedOutPastTheCalendarsIsBadInputNotAnInternalError()
    {
        // Inputs stop at 2098 and offsets at 3,660 days, so only a long offset from a date near the
        // end of the range can reach past 2099: the command reports it as bad input (exit 1).
        var past = Assert.Throws<Reporting.Calendars.DateOutsideCalendarException>(
            () => Reporting.Calendars.HolidayCalendars.Usny.AddBusinessDays(new NodaTime.LocalDate(2098, 12, 1), 3660));
        Assert.Equal(2100, past.Date.Year);
        Assert.Equal(1, CommandRunner.Execute(() => throw past));
    }

    [Fact]
    public void ADuplicateCsvColumnIsALocatedError()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        deal.Replace("fixings.csv", "index,fixing_date,rate_percent", "index,fixing_date,rate_percent,RATE_PERCENT");
        var error = Assert.Throws<InputException>(() => CapInputs.Load(deal.Folder));
        Assert.Equal("fixings.csv:1:4: column RATE_PERCENT: the header names this column twice (first at column 3); each column must appear once",
            Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void AnEmptyWatchIsALocatedError()
    {
        using var deal = new TempDeal("gmacm-2006-he3-downgrade");
        var lines = File.ReadAllLines(deal.Path("ratings.csv"));
        var fields = lines[1].Split(',');
        fields[4] = "";
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(deal.Path("ratings.csv"), lines);
        var error = Assert.Throws<InputException>(() => RatingsDataLoader.Load(DealLoader.LoadTerms(deal.Folder)));
        Assert.Equal("ratings.csv:2:5: column watch: a watch status is required (expected none, negative, positive, developing)", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void AFixingOfAnIndexNoTermNamesIsALocatedError()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        File.AppendAllText(deal.Path("fixings.csv"), "USD-LIBOR-BBA-3M,2007-01-02,5.36\n");
        var error = Assert.Throws<InputException>(() => CapInputs.Load(deal.Folder));
        var only = Assert.Single(error.Errors);
        Assert.Equal(("fixings.csv", "column index"), (only.File, only.Field));
        Assert.Equal("'USD-LIBOR-BBA-3M' is not an index the terms name (expected USD-LIBOR-BBA-1M)", only.Message);
    }

    [Fact]
    public void ASecondYamlDocumentIsALocatedError()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        var lines = File.ReadAllLines(deal.Path("deal.yaml")).Length;
        File.AppendAllText(deal.Path("deal.yaml"), "---\nid: other\n");
        var error = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));
        Assert.Equal($"deal.yaml:{lines + 2}:1: a second YAML document (after '---'); the terms file must be one document", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void NulBytesAreLocatedErrors()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        File.AppendAllText(deal.Path("fixings.csv"), "USD-LIBOR-BBA-1M,2008-06-0\0,2.46\n");
        var csv = Assert.Throws<InputException>(() => CapInputs.Load(deal.Folder));
        Assert.Contains(csv.Errors, e => e.File == "fixings.csv" && e.Line > 1 && e.Column == 2 && e.Message.StartsWith("contains a NUL character"));

        deal.Replace("deal.yaml", "name: GMACM", "name: GM\0ACM");
        var yaml = Assert.Throws<InputException>(() => DealLoader.LoadTerms(deal.Folder));
        Assert.Equal("deal.yaml:9:9: contains a NUL character (expected text; is this a binary file?)", Assert.Single(yaml.Errors).ToString());
    }

    [Fact]
    public void AnInternalErrorHasItsOwnExitCodeApartFromVerifysDifference()
    {
        Assert.Equal(70, CommandRunner.Execute(() => throw new InvalidOperationException("a defect")));
        Assert.Equal(74, CommandRunner.Execute(() => throw new IOException("No space left on device : '/x/y.pdf'")));
        Assert.Equal(3, Reporting.Cli.Commands.VerifyCommand.Differs);
        Assert.Equal(new[] { 0, 1, 2, 3, 70, 74 }, new[] { CommandRunner.Ok, CommandRunner.BadInput, CommandRunner.Usage, CommandRunner.Differs, CommandRunner.InternalError, CommandRunner.InputOutputError });
    }
}
