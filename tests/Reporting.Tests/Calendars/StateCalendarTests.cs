using NodaTime;
using Reporting.Calendars;
using static Reporting.Tests.Support.Dates;

namespace Reporting.Tests.Calendars;

/// <summary>
/// State holiday calendars, worked out by hand for single years from each state's statute of legal
/// holidays (cited in <see cref="StateCalendars"/>), and their union with New York as a cap's
/// Business Day: Credit Suisse International's cap of 30 August 2007 (SEC filer CIK 1410014,
/// Exhibit 99.4) excludes days on which banks in "the States of New York, Maryland,
/// Massachusetts, Minnesota, or Colorado" are closed.
/// </summary>
public class StateCalendarTests
{
    private static LocalDate[] HolidaysOf(string calendar, int year) =>
        HolidayCalendars.Parse(calendar).Holidays(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)).ToArray();

    private static readonly LocalDate[] Fed2007 =
    {
        D("2007-01-01"), D("2007-01-15"), D("2007-02-19"), D("2007-05-28"), D("2007-07-04"),
        D("2007-09-03"), D("2007-10-08"), D("2007-11-12"), D("2007-11-22"), D("2007-12-25"),
    };

    [Fact]
    public void Massachusetts2007_PatriotsDayIsTheThirdMondayOfApril()
    {
        // Veterans Day, Sunday 11 November, is observed Monday 12 November.
        Assert.Equal(Fed2007.Append(D("2007-04-16")).Order(), HolidaysOf("US-MA", 2007));
    }

    [Fact]
    public void Maryland_ElectionDayInEvenYears_AmericanIndianHeritageDayFrom2008()
    {
        Assert.Equal(Fed2007, HolidaysOf("US-MD", 2007));
        Assert.Equal(new[]
        {
            D("2008-01-01"), D("2008-01-21"), D("2008-02-18"), D("2008-05-26"), D("2008-07-04"), D("2008-09-01"),
            D("2008-10-13"), D("2008-11-04"), D("2008-11-11"), D("2008-11-27"), D("2008-11-28"), D("2008-12-25"),
        }, HolidaysOf("US-MD", 2008));
    }

    [Fact]
    public void MinnesotaKeepsTheFederalList() => Assert.Equal(Fed2007, HolidaysOf("US-MN", 2007));

    [Fact]
    public void NewYorkState2006_LincolnsBirthdayOnSundayMovesToMonday_ElectionDayEveryYear()
    {
        // 12 Feb 2006 Sunday -> Monday 13 Feb; election day: Tuesday after Monday 6 Nov -> 7 Nov;
        // Veterans Day, Saturday 11 Nov, is not moved.
        Assert.Equal(new[]
        {
            D("2006-01-02"), D("2006-01-16"), D("2006-02-13"), D("2006-02-20"), D("2006-05-29"), D("2006-07-04"),
            D("2006-09-04"), D("2006-10-09"), D("2006-11-07"), D("2006-11-23"), D("2006-12-25"),
        }, HolidaysOf("US-NY", 2006));
    }

    [Fact]
    public void California2007_LincolnAndDayAfterThanksgiving_CesarChavezDayOnSaturdayNotMoved()
    {
        Assert.Equal(Fed2007.Concat(new[] { D("2007-02-12"), D("2007-11-23") }).Order(), HolidaysOf("US-CA", 2007));
        Assert.Contains(D("2008-03-31"), HolidaysOf("US-CA", 2008)); // a Monday
    }

    [Fact]
    public void Illinois2007_LincolnAndPulaskiDay()
    {
        // Casimir Pulaski Day: first Monday of March 2007 (1 March is a Thursday) = 5 March.
        Assert.Equal(Fed2007.Concat(new[] { D("2007-02-12"), D("2007-03-05") }).Order(), HolidaysOf("US-IL", 2007));
    }

    [Fact]
    public void Pennsylvania2007_GoodFridayFlagDayAndElectionDay()
    {
        // Easter Sunday 8 April 2007 -> Good Friday 6 April; Flag Day Thursday 14 June;
        // election day: Tuesday after Monday 5 November -> 6 November.
        Assert.Equal(Fed2007.Concat(new[] { D("2007-04-06"), D("2007-06-14"), D("2007-11-06") }).Order(), HolidaysOf("US-PA", 2007));
    }

    [Fact]
    public void Texas2007_NoColumbusDay_ChristmasEveAndTheDaysAfter()
    {
        Assert.Equal(Fed2007.Where(d => d != D("2007-10-08")).Concat(new[] { D("2007-11-23"), D("2007-12-24"), D("2007-12-26") }).Order(),
            HolidaysOf("US-TX", 2007));
    }

    [Fact]
    public void Delaware2008_GoodFridayElectionDayAndDayAfterThanksgiving()
    {
        // Easter 23 March 2008 -> Good Friday 21 March; no Columbus Day.
        Assert.Equal(new[]
        {
            D("2008-01-01"), D("2008-01-21"), D("2008-02-18"), D("2008-03-21"), D("2008-05-26"), D("2008-07-04"),
            D("2008-09-01"), D("2008-11-04"), D("2008-11-11"), D("2008-11-27"), D("2008-11-28"), D("2008-12-25"),
        }, HolidaysOf("US-DE", 2008));
    }

    [Fact]
    public void NewJersey2007_LincolnGoodFridayAndElectionDay()
    {
        Assert.Equal(Fed2007.Concat(new[] { D("2007-02-12"), D("2007-04-06"), D("2007-11-06") }).Order(), HolidaysOf("US-NJ", 2007));
    }

    [Fact]
    public void Colorado_ColumbusDayGaveWayToCabriniDayIn2020()
    {
        Assert.Contains(D("2007-10-08"), HolidaysOf("US-CO", 2007));
        var y2020 = HolidaysOf("US-CO", 2020);
        Assert.Contains(D("2020-10-05"), y2020);
        Assert.DoesNotContain(D("2020-10-12"), y2020);
    }

    [Fact]
    public void TheCreditSuisseCapBusinessDay_NewYorkAndFourStates()
    {
        const string calendar = "USNY+US-MD+US-MA+US-MN+US-CO";
        // 2007: the Federal Reserve's holidays and Patriots' Day.
        Assert.Equal(Fed2007.Append(D("2007-04-16")).Order(), HolidaysOf(calendar, 2007));
        // 2008 adds Patriots' Day (21 April) and Maryland's election day (4 November) and
        // American Indian Heritage Day (28 November).
        var y2008 = HolidaysOf(calendar, 2008);
        Assert.Equal(13, y2008.Length);
        Assert.Contains(D("2008-04-21"), y2008);
        Assert.Contains(D("2008-11-04"), y2008);
        Assert.Contains(D("2008-11-28"), y2008);
        // A Period End Date of Friday 25 November 2011 rolled Following: Maryland is closed that
        // day, so it moves to Monday 28 November; on New York days alone it would stay.
        var union = HolidayCalendars.Parse(calendar);
        Assert.Equal(D("2011-11-28"), BusinessDayConvention.Following.Adjust(D("2011-11-25"), union));
        Assert.Equal(D("2011-11-25"), BusinessDayConvention.Following.Adjust(D("2011-11-25"), HolidayCalendars.Usny));
    }

    [Fact]
    public void UnknownStateIsNotACalendar() => Assert.False(HolidayCalendars.TryParse("USNY+US-ZZ", out _));
}
