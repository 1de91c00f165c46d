using NodaTime;
using Reporting.Calendars;
using static Reporting.Tests.Support.Dates;

namespace Reporting.Tests.Calendars;

/// <summary>USNY holiday lists worked out by hand from the Federal Reserve rules in DOMAIN.md §1.</summary>
public class UsnyCalendarTests
{
    private static LocalDate[] HolidaysOf(int year) =>
        HolidayCalendars.Usny.Holidays(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)).ToArray();

    [Fact]
    public void Year2006_VeteransDayOnSaturdayIsNotMoved_NewYearOnSundayMovesToMonday()
    {
        // 1 Jan 2006 is a Sunday -> Monday 2 Jan; 11 Nov 2006 is a Saturday -> no weekday holiday.
        Assert.Equal(new[]
        {
            D("2006-01-02"), D("2006-01-16"), D("2006-02-20"), D("2006-05-29"), D("2006-07-04"),
            D("2006-09-04"), D("2006-10-09"), D("2006-11-23"), D("2006-12-25"),
        }, HolidaysOf(2006));
    }

    [Fact]
    public void Year2021_IndependenceDayOnSundayMoves_ChristmasOnSaturdayDoesNot_NoJuneteenthYet()
    {
        // 4 Jul 2021 Sunday -> 5 Jul; 25 Dec 2021 Saturday stays (not observed on the Friday);
        // Juneteenth (19 Jun 2021, a Saturday anyway) is a holiday only from 2022.
        Assert.Equal(new[]
        {
            D("2021-01-01"), D("2021-01-18"), D("2021-02-15"), D("2021-05-31"), D("2021-07-05"),
            D("2021-09-06"), D("2021-10-11"), D("2021-11-11"), D("2021-11-25"),
        }, HolidaysOf(2021));
    }

    [Fact]
    public void Year2022_JuneteenthOnSundayMovesToMonday_NewYearOnSaturdayIsLost()
    {
        // 1 Jan 2022 Saturday -> nothing; 19 Jun 2022 Sunday -> Monday 20 Jun; 25 Dec 2022 Sunday -> 26 Dec.
        Assert.Equal(new[]
        {
            D("2022-01-17"), D("2022-02-21"), D("2022-05-30"), D("2022-06-20"), D("2022-07-04"),
            D("2022-09-05"), D("2022-10-10"), D("2022-11-11"), D("2022-11-24"), D("2022-12-26"),
        }, HolidaysOf(2022));
    }

    [Fact]
    public void Year2023_JuneteenthOnMonday_VeteransDayOnSaturday()
    {
        Assert.Equal(new[]
        {
            D("2023-01-02"), D("2023-01-16"), D("2023-02-20"), D("2023-05-29"), D("2023-06-19"),
            D("2023-07-04"), D("2023-09-04"), D("2023-10-09"), D("2023-11-23"), D("2023-12-25"),
        }, HolidaysOf(2023));
    }

    [Theory]
    [InlineData("2008-05-26")] // Memorial Day, last Monday of May 2008
    [InlineData("2007-11-22")] // Thanksgiving, fourth Thursday of November 2007
    [InlineData("2007-12-25")]
    public void NamedHolidaysAreNotBusinessDays(string date) =>
        Assert.False(HolidayCalendars.Usny.IsBusinessDay(D(date)));

    [Fact]
    public void DatesOutsideTheCoveredYearsAreRefused() =>
        Assert.Throws<DateOutsideCalendarException>(() => HolidayCalendars.Usny.IsHoliday(D("2100-01-04")));
}
