using NodaTime;
using Reporting.Calendars;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Calendars;

/// <summary>London bank holidays worked out by hand from the England and Wales rules in DOMAIN.md §1.</summary>
public class GbloCalendarTests
{
    private static LocalDate[] HolidaysOf(int year) =>
        HolidayCalendars.Gblo.Holidays(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)).ToArray();

    [Fact]
    public void Year2006()
    {
        // Easter Sunday 16 Apr 2006; 1 Jan a Sunday -> Monday 2 Jan.
        Assert.Equal(new[]
        {
            D("2006-01-02"), D("2006-04-14"), D("2006-04-17"), D("2006-05-01"), D("2006-05-29"),
            D("2006-08-28"), D("2006-12-25"), D("2006-12-26"),
        }, HolidaysOf(2006));
    }

    [Fact]
    public void Year2020_EarlyMayMovedToFriday8May_BoxingDayOnSaturdayMovesToMonday()
    {
        // Easter Sunday 12 Apr 2020. Early May moved to 8 May (VE Day); 4 May is a working day.
        Assert.Equal(new[]
        {
            D("2020-01-01"), D("2020-04-10"), D("2020-04-13"), D("2020-05-08"), D("2020-05-25"),
            D("2020-08-31"), D("2020-12-25"), D("2020-12-28"),
        }, HolidaysOf(2020));
    }

    [Fact]
    public void Year2022_SpringMoved_TwoExtraDays_ChristmasOnSunday()
    {
        // Easter Sunday 17 Apr 2022; 1 Jan Saturday -> 3 Jan; Spring moved to Thursday 2 Jun,
        // Jubilee Friday 3 Jun; state funeral 19 Sep; Christmas Sunday -> Boxing Day Monday 26
        // and the Christmas substitute Tuesday 27.
        Assert.Equal(new[]
        {
            D("2022-01-03"), D("2022-04-15"), D("2022-04-18"), D("2022-05-02"), D("2022-06-02"),
            D("2022-06-03"), D("2022-08-29"), D("2022-09-19"), D("2022-12-26"), D("2022-12-27"),
        }, HolidaysOf(2022));
    }

    [Fact]
    public void Year2012_SpringMovedToJune4_JubileeJune5()
    {
        // Easter Sunday 8 Apr 2012; 1 Jan Sunday -> 2 Jan; the last Monday of May (28 May) is a working day.
        Assert.Equal(new[]
        {
            D("2012-01-02"), D("2012-04-06"), D("2012-04-09"), D("2012-05-07"), D("2012-06-04"),
            D("2012-06-05"), D("2012-08-27"), D("2012-12-25"), D("2012-12-26"),
        }, HolidaysOf(2012));
    }

    [Fact]
    public void Year2011_RoyalWedding_NewYearOnSaturday_ChristmasOnSunday()
    {
        // Easter Sunday 24 Apr 2011.
        Assert.Equal(new[]
        {
            D("2011-01-03"), D("2011-04-22"), D("2011-04-25"), D("2011-04-29"), D("2011-05-02"),
            D("2011-05-30"), D("2011-08-29"), D("2011-12-26"), D("2011-12-27"),
        }, HolidaysOf(2011));
    }

    [Fact]
    public void Year2002_SpringMovedToJune4_GoldenJubileeJune3()
    {
        var holidays = HolidaysOf(2002);
        Assert.Contains(D("2002-06-03"), holidays);
        Assert.Contains(D("2002-06-04"), holidays);
        Assert.DoesNotContain(D("2002-05-27"), holidays);
    }

    [Fact]
    public void Year1999_MillenniumEveAndChristmasOnSaturday()
    {
        // 25 Dec 1999 Saturday -> Monday 27; 26 Dec Sunday -> Tuesday 28; 31 Dec the extra day.
        var december = HolidayCalendars.Gblo.Holidays(D("1999-12-01"), D("1999-12-31")).ToArray();
        Assert.Equal(new[] { D("1999-12-27"), D("1999-12-28"), D("1999-12-31") }, december);
    }

    [Fact]
    public void Year1995_EarlyMayMovedToMay8()
    {
        var may = HolidayCalendars.Gblo.Holidays(D("1995-05-01"), D("1995-05-31")).ToArray();
        Assert.Equal(new[] { D("1995-05-08"), D("1995-05-29") }, may);
    }

    [Fact]
    public void Year2023_Coronation()
    {
        var may = HolidayCalendars.Gblo.Holidays(D("2023-05-01"), D("2023-05-31")).ToArray();
        Assert.Equal(new[] { D("2023-05-01"), D("2023-05-08"), D("2023-05-29") }, may);
    }

    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(2285, "2285-03-22")] // the earliest possible date
    [InlineData(1954, "1954-04-18")]
    public void EasterSundayMatchesPublishedTables(int year, string expected) =>
        Assert.Equal(D(expected), HolidayRules.EasterSunday(year));
}
