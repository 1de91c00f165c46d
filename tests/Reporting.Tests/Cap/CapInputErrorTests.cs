using Reporting.Cap;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Testing;

namespace Reporting.Tests.Cap;

/// <summary>Bad input: every error of a file at once, each with file, line, column and what was expected.</summary>
public sealed class CapInputErrorTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3");

    private string[] Errors() =>
        Assert.Throws<InputException>(() => CapInputs.Load(_deal.Folder)).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void EveryBadValueOfAFileIsReportedAtOnce()
    {
        _deal.Write("fixings.csv", """
            index,fixing_date,rate_percent
            USD-LIBOR-BBA-1M,2006-09-21,5.33
            USD-LIBOR-BBA-1M,2006-09-32,5.33
            USD-LIBOR-BBA-1M,2006-09-25,5,33
            USD-LIBOR-BBA-1M,2006-09-26,
            USD-LIBOR-BBA-1M,2006-09-21,5.40
            """);
        Assert.Equal(new[]
        {
            "fixings.csv:3:2: column fixing_date: '2006-09-32' is not a date (expected yyyy-mm-dd)",
            // "5,33" splits into two fields: a decimal comma or a thousands separator.
            "fixings.csv:4:4: the line has 4 fields but the header has 3 (a thousands separator or an unquoted comma?)",
            "fixings.csv:5:3: column rate_percent: a number is required",
            "fixings.csv:6:2: column fixing_date: USD-LIBOR-BBA-1M already has a fixing on 2006-09-21 (line 2)",
        }, Errors());
    }

    [Fact]
    public void MissingRequiredColumnNamesTheHeader()
    {
        _deal.Write("fixings.csv", "index,date,rate_percent\nUSD-LIBOR-BBA-1M,2006-09-21,5.33\n");
        var errors = Errors();
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("fixings.csv:1: column fixing_date: required column is missing", errors[0]);
        // The header's 'date' is not taken for fixing_date: it is a column the file may not have.
        Assert.StartsWith("fixings.csv:1:2: column date: 'date' is not a column of this file", errors[1]);
    }

    [Fact]
    public void ColumnOrderIsFree()
    {
        _deal.Write("fixings.csv", "rate_percent,fixing_date,index\n5.33,2006-09-21,USD-LIBOR-BBA-1M\n");
        var inputs = CapInputs.Load(_deal.Folder);
        Assert.Equal(5.33m, inputs.Fixings.Find("USD-LIBOR-BBA-1M", Dates.D("2006-09-21"))!.RatePercent);
    }

    [Fact]
    public void AColumnTheFileDoesNotHaveIsAnErrorNotIgnored()
    {
        // A column that is not understood would carry a term the engine never applies (a
        // Ceiling Rate under a misspelt header overstated 32 of 59 amounts): it is an error.
        _deal.Write("fixings.csv", "source,rate_percent,fixing_date,index\nFRED,5.33,2006-09-21,USD-LIBOR-BBA-1M\n");
        var error = Assert.Single(Errors());
        Assert.Equal("fixings.csv:1:1: column source: 'source' is not a column of this file (expected index,fixing_date,rate_percent); a column that is not understood is not ignored", error);
    }

    [Fact]
    public void AMisspeltCeilingColumnInScheduleIIsLocated()
    {
        var lines = File.ReadAllLines(_deal.Path("schedule.csv"));
        File.WriteAllLines(_deal.Path("schedule.csv"), lines.Select((l, i) => i == 0 ? l + ",ceiling_pct" : l + ",9.89"));
        Assert.Equal(new[]
        {
            "schedule.csv:1:5: column ceiling_pct: 'ceiling_pct' is not a column of this file (expected period_start,period_end,notional,strike_percent,ceiling_percent); a column that is not understood is not ignored",
        }, Errors());
    }

    [Fact]
    public void ACeilingInTheTermsAndInScheduleIIsAmbiguous()
    {
        var lines = File.ReadAllLines(_deal.Path("schedule.csv"));
        File.WriteAllLines(_deal.Path("schedule.csv"), lines.Select((l, i) => i == 0 ? l + ",ceiling_percent" : l + ",9.89"));
        Assert.Equal(new[]
        {
            "schedule.csv:2: column ceiling_percent: Schedule I sets a Ceiling Rate per period while cap.floating.ceiling_percent in deal.yaml sets one for all periods (expected one or the other)",
        }, Errors());
    }

    [Fact]
    public void APerPeriodCeilingMustBeAboveTheStrikeAndOnEveryLine()
    {
        _deal.Replace("deal.yaml", "    ceiling_percent: 9.89   # the rate above which the payment stops growing\n", "");
        var lines = File.ReadAllLines(_deal.Path("schedule.csv"));
        // Line 2's strike is 7.86: a ceiling of 7.50 is below it; line 3 leaves the cell empty.
        File.WriteAllLines(_deal.Path("schedule.csv"), lines.Select((l, i) => i switch
        {
            0 => l + ",ceiling_percent",
            1 => l + ",7.50",
            2 => l + ",",
            _ => l + ",9.89",
        }));
        Assert.Equal(new[]
        {
            "schedule.csv:2:5: column ceiling_percent: '7.50' is not a Ceiling Rate for this period (expected a rate in percent above the strike 7.86 and at most 100)",
            "schedule.csv:3:5: column ceiling_percent: a Ceiling Rate is required on every line once the schedule has the column",
        }, Errors());
    }

    [Fact]
    public void ScheduleErrorsAndAMissingPeriod()
    {
        _deal.Write("schedule.csv", """
            period_start,period_end,notional,strike_percent
            2006-09-25,2006-10-25,571825082.60,7.86
            2006-10-25,2006-11-25,-5,7.60
            2006-11-25,2006-12-25,528,771,147.75,abc
            2006-12-25,2007-01-25,503364256.00,761
            """);
        Assert.Equal(new[]
        {
            "schedule.csv:3:3: column notional: '-5' is negative (expected zero or more)",
            "schedule.csv:4:5: the line has 6 fields but the header has 4 (a thousands separator or an unquoted comma?)",
            "schedule.csv:5:4: column strike_percent: '761' is not a rate in percent (expected 0 to 100)",
        }, Errors());
    }

    [Fact]
    public void ScheduleMustCoverEveryPeriod()
    {
        var lines = File.ReadAllLines(_deal.Path("schedule.csv"));
        File.WriteAllLines(_deal.Path("schedule.csv"), lines.Take(lines.Length - 1)); // drop the last period
        Assert.Equal(new[] { "schedule.csv: Schedule I has no line for Calculation Period 20 (2008-04-25 to 2008-05-25)" }, Errors());
    }

    [Fact]
    public void ScheduleLineThatIsNotAPeriod()
    {
        _deal.Replace("schedule.csv", "2008-04-25,2008-05-25", "2008-04-25,2008-05-26");
        var errors = Errors();
        Assert.Contains(errors, e => e.StartsWith("schedule.csv:21:1: column period_start: 2008-04-25 to 2008-05-26 is not a Calculation Period of the cap"));
        Assert.Contains("schedule.csv: Schedule I has no line for Calculation Period 20 (2008-04-25 to 2008-05-25)", errors);
    }

    [Fact]
    public void TermsFileErrorsAreAllReportedWithLineAndColumn()
    {
        _deal.Replace("deal.yaml", "effective_date: 2006-09-25", "effective_date: 2006-09-31");
        _deal.Replace("deal.yaml", "day_count: ACT/360", "day_count: ACT/365X");
        _deal.Replace("deal.yaml", "calendar: USNY\n  calculation_agent", "calendar: NYSE\n  calculation_agent");
        _deal.Replace("deal.yaml", "ceiling_percent: 9.89", "ceiling_pct: 9.89");
        var errors = Errors();
        Assert.Contains("deal.yaml:79:19: cap.effective_date: '2006-09-31' is not a date (expected yyyy-mm-dd)", errors);
        Assert.Contains("deal.yaml:83:15: cap.termination_adjustment.calendar: 'NYSE' is not a calendar (expected USNY, GBLO, US-NY, US-MD, US-MA, US-MN, US-CO, US-CA, US-IL, US-PA, US-TX, US-DE, US-NJ or a union such as USNY+GBLO, or a list of them)", errors);
        Assert.Contains("deal.yaml:96:16: cap.floating.day_count: 'ACT/365X' is not a day count (ACT/360, 30/360)", errors);
        Assert.Contains("deal.yaml:95:5: cap.floating.ceiling_pct: unknown key in cap.floating", errors);
        Assert.Equal(4, errors.Length);
    }

    [Fact]
    public void YamlSyntaxErrorIsLocated()
    {
        _deal.Write("deal.yaml", "id: x\nname: [unclosed\n");
        var error = Assert.Single(Errors());
        Assert.StartsWith("deal.yaml:3:1: not valid YAML", error);
    }

    [Fact]
    public void UnknownPartyIsNamed()
    {
        _deal.Replace("deal.yaml", "calculation_agent: JPMC", "calculation_agent: Morgan");
        Assert.Contains(Errors(), e => e.Contains("cap.calculation_agent: 'Morgan' is not a party of this deal (parties: JPMC, Counterparty, S&P, Moodys)"));
    }

    [Fact]
    public void MissingDealFolderAndTermsFile()
    {
        var missing = Assert.Throws<InputException>(() => CapInputs.Load(Path.Combine(_deal.Folder, "nope")));
        Assert.Contains("no such deal folder", missing.Message);
        File.Delete(_deal.Path("deal.yaml"));
        Assert.Contains("has no deal.yaml", Assert.Throws<InputException>(() => CapInputs.Load(_deal.Folder)).Message);
    }

    public void Dispose() => _deal.Dispose();
}
