using Reporting.Calendars;
using static Reporting.Testing.Dates;
using Reporting.Testing;

namespace Reporting.Tests.Calendars;

public class ConventionTests
{
    private static readonly HolidayCalendar _usny = HolidayCalendars.Usny;

    [Theory]
    [InlineData("following", "2006-11-25", "2006-11-27")]          // Saturday -> Monday
    [InlineData("following", "2006-12-25", "2006-12-26")]          // Christmas Monday -> Tuesday
    [InlineData("following", "2008-05-25", "2008-05-27")]          // Sunday, then Memorial Day -> Tuesday
    [InlineData("following", "2007-03-31", "2007-04-02")]
    [InlineData("modified-following", "2007-03-31", "2007-03-30")] // Following would leave March
    [InlineData("modified-following", "2006-11-25", "2006-11-27")]
    [InlineData("preceding", "2006-12-25", "2006-12-22")]
    [InlineData("preceding", "2006-11-23", "2006-11-22")]          // Thanksgiving -> Wednesday
    [InlineData("none", "2006-11-25", "2006-11-25")]
    [InlineData("following", "2006-10-25", "2006-10-25")]          // a business day stays
    public void ConventionsRollOnUsny(string convention, string date, string expected)
    {
        Assert.True(BusinessDayConvention.TryParse(convention, out var c));
        Assert.Equal(D(expected), c.Adjust(D(date), _usny));
    }

    [Theory]
    [InlineData("2006-11-22", 1, "2006-11-24")]  // skips Thanksgiving
    [InlineData("2006-11-25", 1, "2006-11-27")]  // from a Saturday: the first business day after
    [InlineData("2008-05-27", -1, "2008-05-23")] // one business day before, across Memorial Day
    [InlineData("2006-12-26", -1, "2006-12-22")] // across Christmas and a weekend
    [InlineData("2007-06-29", 5, "2007-07-09")]  // 5 business days after a Friday, across 4 July
    [InlineData("2006-10-25", 0, "2006-10-25")]
    public void BusinessDaysAfterAndBefore(string date, int count, string expected) =>
        Assert.Equal(D(expected), _usny.AddBusinessDays(D(date), count));

    [Fact]
    public void TwoLondonDaysBeforeAResetAfterEaster()
    {
        // Reset Tuesday 25 Mar 2008; Monday 24 Mar is Easter Monday and Friday 21 Mar Good Friday,
        // so the days before are Thu 20 (one) and Wed 19 (two).
        Assert.Equal(D("2008-03-19"), HolidayCalendars.Gblo.AddBusinessDays(D("2008-03-25"), -2));
    }

    [Fact]
    public void UnionCalendarClosesOnEitherMembersHolidays()
    {
        Assert.True(HolidayCalendars.TryParse("USNY+GBLO", out var union));
        Assert.Equal("USNY+GBLO", union.Name);
        Assert.False(union.IsBusinessDay(D("2006-11-23"))); // Thanksgiving (New York only)
        Assert.False(union.IsBusinessDay(D("2006-12-26"))); // Boxing Day (London only)
        Assert.True(union.IsBusinessDay(D("2006-12-27")));
        Assert.False(HolidayCalendars.TryParse("USNY+XXXX", out _));
    }

    [Theory]
    [InlineData("2006-10-25", "2006-11-27", 33)]
    [InlineData("2008-04-25", "2008-05-27", 32)]
    [InlineData("2008-02-25", "2008-03-25", 29)] // leap year February
    public void Act360CountsActualDays(string start, string end, int days)
    {
        Assert.Equal(days, DayCount.Act360.Days(D(start), D(end)));
        Assert.Equal(days / 360m, DayCount.Act360.YearFraction(D(start), D(end)));
    }

    [Theory]
    [InlineData("2007-01-31", "2007-02-28", 28)]  // D1 31 -> 30; D2 28 stays
    [InlineData("2007-01-30", "2007-03-31", 60)]  // D2 31 -> 30 because D1 is 30
    [InlineData("2007-01-15", "2007-03-31", 76)]  // D2 31 stays because D1 is 15
    [InlineData("2006-12-01", "2007-05-01", 150)] // five whole months
    public void Thirty360(string start, string end, int days) =>
        Assert.Equal(days, DayCount.Thirty360.Days(D(start), D(end)));

    [Fact]
    public void CalendarQuarters()
    {
        var q = CalendarQuarter.Containing(D("2007-03-31"));
        Assert.Equal(new CalendarQuarter(2007, 1), q);
        Assert.Equal(D("2007-01-01"), q.Start);
        Assert.Equal(D("2007-03-31"), q.End);
        Assert.Equal(new CalendarQuarter(2008, 1), CalendarQuarter.Containing(D("2007-12-31")).Next);
        Assert.Equal(D("2007-09-30"), new CalendarQuarter(2007, 3).End);
    }
}
