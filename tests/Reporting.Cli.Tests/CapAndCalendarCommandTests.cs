using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Tests.Cli;

/// <summary>The command-line contract of CLI.md for <c>calendar holidays</c> and <c>cap</c>.</summary>
public class CapAndCalendarCommandTests
{
    [Fact]
    public void CalendarHolidaysOfAUnionAsLines()
    {
        var run = CliRun.Of("calendar", "holidays", "USNY+GBLO", "--from", "2006-12-01", "--to", "2007-01-31");
        Assert.Equal(0, run.ExitCode);
        // Christmas (both), Boxing Day (London), New Year (both), Martin Luther King Jr. Day (New York).
        Assert.Equal(new[] { "2006-12-25", "2006-12-26", "2007-01-01", "2007-01-15" },
            run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void CalendarHolidaysAsJson()
    {
        var run = CliRun.Of("calendar", "holidays", "GBLO", "--from", "2008-03-01", "--to", "2008-03-31", "--json");
        Assert.Equal(0, run.ExitCode);
        var dates = JsonSerializer.Deserialize<string[]>(run.Stdout);
        Assert.Equal(new[] { "2008-03-21", "2008-03-24" }, dates);
    }

    [Theory]
    [InlineData("calendar", "holidays", "NYSE", "--from", "2006-01-01", "--to", "2006-12-31")]
    [InlineData("calendar", "holidays", "USNY", "--from", "2006-02-30", "--to", "2006-12-31")]
    [InlineData("calendar", "holidays", "USNY", "--from", "2006-12-31", "--to", "2006-01-01")]
    [InlineData("cap")]
    [InlineData("no-such-command")]
    public void UsageErrorsExitWithTwoAndWriteOnlyToStderr(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.NotEqual("", run.Stderr);
    }

    [Fact]
    public void CapJsonHasTwentyPeriodsInTheContractShape()
    {
        var run = CliRun.Of("cap", "deals/gmacm-2006-he3", "--as-of", "2007-03-01", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var periods = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(20, periods.Length);

        var second = periods[1];
        Assert.Equal("2006-10-25", second.GetProperty("period_start").GetString());
        Assert.Equal("2006-11-25", second.GetProperty("period_end").GetString());
        Assert.Equal("2006-10-25", second.GetProperty("adjusted_start").GetString());
        Assert.Equal("2006-11-27", second.GetProperty("adjusted_end").GetString());
        Assert.Equal("2006-11-24", second.GetProperty("payment_date").GetString());
        Assert.Equal("2006-10-23", second.GetProperty("fixing_date").GetString());
        Assert.Equal(33, second.GetProperty("days").GetInt32());
        Assert.Equal(551856988.76m, second.GetProperty("notional").GetDecimal());
        Assert.Equal(7.60m, second.GetProperty("strike_percent").GetDecimal());
        Assert.Equal(5.32m, second.GetProperty("rate_percent").GetDecimal());
        Assert.Equal(0m, second.GetProperty("amount").GetDecimal());
        Assert.Equal("paid", second.GetProperty("status").GetString());

        // As of 1 Mar 2007, period 6 (fixing 22 Feb, payment 23 Mar) is due and period 7
        // (fixing 22 Mar) pending, with a null amount.
        Assert.Equal("due", periods[5].GetProperty("status").GetString());
        Assert.Equal("pending", periods[6].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, periods[6].GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, periods[6].GetProperty("rate_percent").ValueKind);
    }

    [Fact]
    public void CapTableIsReadable()
    {
        var run = CliRun.Of("cap", "deals/gmacm-2006-he3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2008-05-27", run.Stdout);
        Assert.Contains("571,825,082.60", run.Stdout);
        Assert.Equal(20, run.Stdout.Split('\n').Count(l => l.Contains(" paid")));
    }

    [Fact]
    public void BadInputExitsWithOneAndListsEveryError()
    {
        using var deal = new TempDeal("gmacm-2006-he3");
        deal.Write("fixings.csv", "index,fixing_date,rate_percent\nUSD-LIBOR-BBA-1M,21/09/2006,5.33\nUSD-LIBOR-BBA-1M,2006-10-23,five\n");
        var run = CliRun.Of("cap", deal.Folder, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("fixings.csv:2:2: column fixing_date: '21/09/2006' is not a date (expected yyyy-mm-dd)", run.Stderr);
        Assert.Contains("fixings.csv:3:3: column rate_percent: 'five' is not a number", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
    }
}
