using Reporting.Calendars;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Calendars;

/// <summary>
/// "N business days after/before a date on calendar C". Expected dates are counted by hand on a
/// 2006/2007 wall calendar with the USNY and GBLO holidays of those years.
/// </summary>
public class BusinessDayOffsetTests
{
    [Fact]
    public void CountsBusinessDaysStrictlyAfterTheDate()
    {
        // Fri 22 Dec 2006 + 2 USNY: Mon 25 Dec is Christmas, so Tue 26 and Wed 27.
        Assert.Equal(D("2006-12-27"), new BusinessDayOffset(2, HolidayCalendars.Usny).From(D("2006-12-22")));
        // From a Saturday, the first business day after it is Monday.
        Assert.Equal(D("2006-12-04"), new BusinessDayOffset(1, HolidayCalendars.Usny).From(D("2006-12-02")));
    }

    [Fact]
    public void NegativeDaysCountBack()
    {
        // A fixing two London business days before Tue 2 Jan 2007: Mon 1 Jan is a holiday,
        // Sat/Sun do not count, Fri 29 Dec is one, Thu 28 Dec is two.
        Assert.Equal(D("2006-12-28"), new BusinessDayOffset(-2, HolidayCalendars.Gblo).From(D("2007-01-02")));
    }

    [Fact]
    public void ZeroLeavesTheDateUnchangedEvenOnAHoliday()
    {
        Assert.Equal(D("2006-12-25"), new BusinessDayOffset(0, HolidayCalendars.Usny).From(D("2006-12-25")));
    }

    [Fact]
    public void CalendarDaysCountWeekendsAndHolidays()
    {
        // 30 calendar days after Fri 22 Dec 2006 is Sun 21 Jan 2007.
        var offset = BusinessDayOffset.CalendarDays(30);
        Assert.Equal(D("2007-01-21"), offset.From(D("2006-12-22")));
        Assert.False(offset.CountsBusinessDays);
        Assert.True(new BusinessDayOffset(5, HolidayCalendars.Usny).CountsBusinessDays);
    }

    [Fact]
    public void IsAValueComparedByDaysAndCalendar()
    {
        Assert.Equal(new BusinessDayOffset(2, HolidayCalendars.Gblo), new BusinessDayOffset(2, HolidayCalendars.Gblo));
        Assert.NotEqual(new BusinessDayOffset(2, HolidayCalendars.Gblo), new BusinessDayOffset(2, HolidayCalendars.Usny));
        Assert.Equal("-2 business days (GBLO)", new BusinessDayOffset(-2, HolidayCalendars.Gblo).ToString());
        Assert.Equal("30 calendar days", BusinessDayOffset.CalendarDays(30).ToString());
    }
}
