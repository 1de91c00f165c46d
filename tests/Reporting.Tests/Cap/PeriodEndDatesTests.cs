using Reporting.Cap;
using Reporting.Inputs;
using Reporting.RunFormat;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Cap;

/// <summary>
/// Period End Dates a confirmation writes other than "the Nth of each month": "the last day of
/// every month", a Schedule A of dates (Credit Suisse International's cap of 30 August 2007, SEC
/// filer CIK 1410014, Exhibit 99.4: "For a Calculation Period, the Period End Date set forth on
/// Schedule A", Early Payment one Business Day before, Business Days of New York, Maryland,
/// Massachusetts, Minnesota and Colorado), and a Floating Rate stated for the initial period.
/// Each is written into a scratch copy of the GMACM 2006-HE3 deal with its own Schedule I.
/// </summary>
public sealed class PeriodEndDatesTests : IDisposable
{
    private readonly TempDeal _deal = new("gmacm-2006-he3");

    private IReadOnlyList<CapPeriodDates> Periods() => CapSchedule.Periods(CapInputs.Load(_deal.Folder).Terms);

    private string[] Errors() =>
        Assert.Throws<InputException>(() => CapInputs.Load(_deal.Folder)).Errors.Select(e => e.ToString()).ToArray();

    private void Dates(string effective, string termination, params string[] ends)
    {
        _deal.Replace("deal.yaml", "effective_date: 2006-09-25", $"effective_date: {effective}");
        _deal.Replace("deal.yaml", "termination_date: 2008-05-25", $"termination_date: {termination}");
        var lines = new List<string> { "period_start,period_end,notional,strike_percent" };
        var start = effective;
        foreach (var end in ends)
        {
            lines.Add($"{start},{end},1000000.00,5.00");
            start = end;
        }
        _deal.Write("schedule.csv", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void EndOfMonthRollKeepsToTheLastDayOfEachMonth()
    {
        // "The last day of every month" from 28 February 2007 to the Termination Date 30 June 2007.
        Dates("2007-01-31", "2007-06-30", "2007-02-28", "2007-03-31", "2007-04-30", "2007-05-31", "2007-06-30");
        _deal.Replace("deal.yaml", "first_period_end_date: 2006-10-25", "first_period_end_date: 2007-02-28\n    roll: end-of-month");
        var periods = Periods();
        Assert.Equal(new[] { D("2007-02-28"), D("2007-03-31"), D("2007-04-30"), D("2007-05-31"), D("2007-06-30") },
            periods.Select(p => p.PeriodEnd));
        // Following (New York): Saturday 31 March -> Monday 2 April; the Termination Date, Saturday
        // 30 June -> Monday 2 July. ACT/360 days: 28, 33 (28 Feb - 2 Apr), 28, 31, 32 (31 May - 2 Jul).
        Assert.Equal(new[] { 28, 33, 28, 31, 32 }, periods.Select(p => p.Days));
        // Early Payment one New York Business Day before: Tue 27 Feb, Fri 30 Mar, Fri 27 Apr, Wed 30 May, Fri 29 Jun.
        Assert.Equal(new[] { D("2007-02-27"), D("2007-03-30"), D("2007-04-27"), D("2007-05-30"), D("2007-06-29") },
            periods.Select(p => p.PaymentDate));
    }

    [Fact]
    public void WithoutTheEndOfMonthRollTheScheduleDoesNotMatch()
    {
        // The same schedule read as "the 28th of each month" would end the second period on 28 March.
        Dates("2007-01-31", "2007-06-30", "2007-02-28", "2007-03-31", "2007-04-30", "2007-05-31", "2007-06-30");
        _deal.Replace("deal.yaml", "first_period_end_date: 2006-10-25", "first_period_end_date: 2007-02-28");
        Assert.Contains(Errors(), e => e.StartsWith("schedule.csv:3:1: column period_start: 2007-02-28 to 2007-03-31 is not a Calculation Period of the cap") && e.EndsWith("ending on day 28 of each month)"));
    }

    [Fact]
    public void EndOfMonthRollNeedsAMonthEnd()
    {
        _deal.Replace("deal.yaml", "first_period_end_date: 2006-10-25", "first_period_end_date: 2006-10-25\n    roll: end-of-month");
        Assert.Contains("deal.yaml:97:28: cap.floating.first_period_end_date: 2006-10-25 is not the last day of its month (expected one, as the roll is end-of-month)", Errors());
    }

    private void ScheduleA()
    {
        // Schedule A's Period End Dates, not adjusted; the Termination Date 25 December 2008 for the test.
        Dates("2008-07-25", "2008-12-25", "2008-08-25", "2008-09-25", "2008-10-25", "2008-11-25", "2008-12-25");
        _deal.Replace("deal.yaml", "termination_adjustment:\n    convention: following\n    calendar: USNY",
            "termination_adjustment:\n    convention: following\n    calendar: [USNY, US-MD, US-MA, US-MN, US-CO]");
        _deal.Replace("deal.yaml", "    period_end_adjustment:\n      convention: following\n      calendar: USNY",
            "    period_end_adjustment:\n      convention: none\n      calendar: [USNY, US-MD, US-MA, US-MN, US-CO]");
    }

    [Fact]
    public void ScheduleAListedInTheTerms()
    {
        ScheduleA();
        _deal.Replace("deal.yaml", "first_period_end_date: 2006-10-25", "period_end_dates: [2008-08-25, 2008-09-25, 2008-10-25, 2008-11-25, 2008-12-25]");
        AssertScheduleADates(Periods());
    }

    [Fact]
    public void ScheduleATakenFromScheduleI()
    {
        ScheduleA();
        _deal.Replace("deal.yaml", "first_period_end_date: 2006-10-25", "period_end_dates: schedule");
        AssertScheduleADates(Periods());
    }

    private static void AssertScheduleADates(IReadOnlyList<CapPeriodDates> periods)
    {
        // One Business Day before each Period End Date: Mon 25 Aug -> Fri 22 Aug; Thu 25 Sep ->
        // Wed 24 Sep; Sat 25 Oct -> Fri 24 Oct; Tue 25 Nov -> Mon 24 Nov. The Termination Date,
        // Christmas Day, rolls Following to Fri 26 Dec; one Business Day before is Wed 24 Dec.
        Assert.Equal(new[] { D("2008-08-22"), D("2008-09-24"), D("2008-10-24"), D("2008-11-24"), D("2008-12-24") },
            periods.Select(p => p.PaymentDate));
        // Actual/360 between the Period End Dates: 31, 31, 30, 31, and 25 Nov - 26 Dec = 31.
        Assert.Equal(new[] { 31, 31, 30, 31, 31 }, periods.Select(p => p.Days));
    }

    [Fact]
    public void AListNotEndingOnTheTerminationDateIsLocated()
    {
        ScheduleA();
        _deal.Replace("deal.yaml", "first_period_end_date: 2006-10-25", "period_end_dates: [2008-08-25, 2008-09-25, 2008-09-20, 2008-11-25]");
        var errors = Errors();
        Assert.Contains("deal.yaml:97:23: cap.floating.period_end_dates: 2008-09-20 (entry 3) does not come after 2008-09-25 (expected dates in increasing order)", errors);
        Assert.Contains("deal.yaml:97:23: cap.floating.period_end_dates: the last date is 2008-11-25, not the termination date 2008-12-25 (expected the list to end on it)", errors);
    }

    [Fact]
    public void AStatedInitialRateIsUsedForTheFirstPeriodAndKnownFromTheStart()
    {
        // "Floating Rate for initial Calculation Period: 9.95%" (the BNY form of 2007 states one
        // there, or "to be determined"). Period 1: 571,825,082.60 x 30/360 x (min(9.95, 9.89) - 7.86)%
        // = 967,337.4314 -> 967,337.43, known before its fixing date of 21 September 2006.
        _deal.Replace("deal.yaml", "    fixing_calendar: GBLO", "    fixing_calendar: GBLO\n    initial_rate_percent: 9.95");
        var periods = CapEngine.Evaluate(CapInputs.Load(_deal.Folder), D("2006-09-01"));
        Assert.True(periods[0].RateStated);
        Assert.Equal((9.95m, 9.89m, 967337.43m), (periods[0].RatePercent, periods[0].AppliedRatePercent, periods[0].Amount));
        Assert.Equal(CapPeriodStatus.Due, periods[0].Status);
        Assert.Equal(CapPeriodStatus.Pending, periods[1].Status);
    }

    public void Dispose() => _deal.Dispose();
}
