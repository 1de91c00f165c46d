using Reporting.Calendars;
using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;
using Reporting.Testing;

namespace Reporting.Tests.Loans;

/// <summary>
/// Windows worked by hand from a wall calendar: the window of a loan that crossed 90 days in a
/// Calendar Quarter runs from the first Business Day of the next quarter to the second-to-last
/// Business Day of it (USNY: weekends and Federal Reserve holidays are not Business Days).
/// </summary>
public class PurchaseWindowTests
{
    [Theory]
    // Q2 2006 crossing -> Q3 2006. 1 Jul 2006 is a Saturday, 2 Jul a Sunday: opens Monday 3 Jul
    // (the 4 Jul holiday comes after). 30 Sep is a Saturday: last Business Day Fri 29 Sep, second-to-last Thu 28 Sep.
    [InlineData("2006-05-30", "2006-07-03", "2006-09-28")]
    // Q3 2006 -> Q4 2006. 1 Oct 2006 is a Sunday: opens Mon 2 Oct. 31 Dec Sunday, 30 Dec Saturday:
    // last Fri 29 Dec, second-to-last Thu 28 Dec.
    [InlineData("2006-08-30", "2006-10-02", "2006-12-28")]
    // Q4 2006 -> Q1 2007. 1 Jan 2007 is a Monday and New Year's Day: opens Tue 2 Jan.
    // 31 Mar 2007 is a Saturday: last Fri 30 Mar, second-to-last Thu 29 Mar.
    [InlineData("2006-11-30", "2007-01-02", "2007-03-29")]
    // Q1 2007 -> Q2 2007. 1 Apr 2007 Sunday: opens Mon 2 Apr. 30 Jun Saturday: last Fri 29 Jun, second-to-last Thu 28 Jun.
    [InlineData("2007-03-01", "2007-04-02", "2007-06-28")]
    // Q2 2007 -> Q3 2007 (crossed on the quarter's first day). 1 Jul 2007 Sunday: opens Mon 2 Jul.
    // 30 Sep 2007 Sunday: last Fri 28 Sep, second-to-last Thu 27 Sep.
    [InlineData("2007-04-01", "2007-07-02", "2007-09-27")]
    // Q2 2007 crossed on the quarter's last day (30 Jun 2007, a Saturday): still Q2, so Q3 2007 as above.
    [InlineData("2007-06-30", "2007-07-02", "2007-09-27")]
    // Q3 2007 -> Q4 2007. 1 Oct 2007 Monday: opens that day. 31 Dec 2007 is a Monday (the last
    // Business Day); 29-30 Dec are a weekend: second-to-last Fri 28 Dec.
    [InlineData("2007-07-30", "2007-10-01", "2007-12-28")]
    // Q4 2007 -> Q1 2008. 1 Jan 2008 Tuesday, New Year's Day: opens Wed 2 Jan. 31 Mar 2008 is a
    // Monday (last); 29-30 Mar a weekend: second-to-last Fri 28 Mar.
    [InlineData("2007-12-30", "2008-01-02", "2008-03-28")]
    // Q1 2008 crossed on its last day (leap year) -> Q2 2008. 1 Apr 2008 Tuesday: opens that day.
    // 30 Jun 2008 Monday (last); second-to-last Fri 27 Jun.
    [InlineData("2008-03-31", "2008-04-01", "2008-06-27")]
    // Q2 2008 -> Q3 2008. 1 Jul 2008 Tuesday. 30 Sep 2008 Tuesday (last), Mon 29 Sep second-to-last.
    [InlineData("2008-05-30", "2008-07-01", "2008-09-29")]
    // Q3 2008 -> Q4 2008. 1 Oct 2008 Wednesday. 31 Dec 2008 Wednesday (last), Tue 30 Dec second-to-last.
    [InlineData("2008-08-30", "2008-10-01", "2008-12-30")]
    // Q4 2008 -> Q1 2009. 1 Jan 2009 Thursday, New Year's Day: opens Fri 2 Jan. 31 Mar 2009 Tuesday (last), Mon 30 Mar.
    [InlineData("2008-11-30", "2009-01-02", "2009-03-30")]
    // A quarter that starts on a weekend and a holiday: 1 Jan 2006 is a Sunday, New Year's Day is
    // observed Monday 2 Jan: opens Tue 3 Jan. 31 Mar 2006 Friday (last), Thu 30 Mar.
    [InlineData("2005-11-15", "2006-01-03", "2006-03-30")]
    // The same in 2012: 1 Jan Sunday, observed Mon 2 Jan: opens Tue 3 Jan. 31 Mar 2012 Saturday: last Fri 30, second-to-last Thu 29 Mar.
    [InlineData("2011-12-01", "2012-01-03", "2012-03-29")]
    // 1 Jan 2011 is a Saturday: the Federal Reserve does not move it to Friday 31 Dec, and Monday
    // 3 Jan is a Business Day: opens 3 Jan. 31 Mar 2011 Thursday (last), Wed 30 Mar.
    [InlineData("2010-12-15", "2011-01-03", "2011-03-30")]
    public void Window_is_the_next_quarter_from_its_first_to_its_second_to_last_business_day(string crossed, string start, string end)
    {
        var window = PurchaseWindow.For(Date(crossed), Terms);

        Assert.Equal(Date(start), window.Start);
        Assert.Equal(Date(end), window.End);
    }

    [Fact]
    public void A_deal_calendar_with_London_holidays_moves_both_ends()
    {
        // USNY+GBLO: Good Friday 29 Mar 2013 and Easter Monday 1 Apr 2013 are London holidays.
        // Q1 2013 ends Sunday 31 Mar; Sat 30 Mar and Fri 29 Mar (Good Friday) are not Business Days:
        // last Thu 28 Mar, second-to-last Wed 27 Mar. Q2 2013 opens Tue 2 Apr, after Easter Monday.
        var calendar = HolidayCalendars.Parse("USNY+GBLO");
        var terms = Terms with { WindowOpens = Terms.WindowOpens with { Calendar = calendar }, WindowCloses = Terms.WindowCloses with { Calendar = calendar } };

        var q1 = PurchaseWindow.For(D(2012, 12, 3), terms);
        var q2 = PurchaseWindow.For(D(2013, 2, 1), terms);

        Assert.Equal(D(2013, 1, 2), q1.Start); // 1 Jan 2013 Tuesday, a holiday in both cities
        Assert.Equal(D(2013, 3, 27), q1.End);
        Assert.Equal(D(2013, 4, 2), q2.Start);
    }

    [Fact]
    public void Window_ordinals_are_deal_data()
    {
        // A deal whose window opens on the 2nd Business Day and closes on the last one.
        // Q1 2007: Business Days start Tue 2 Jan, so the 2nd is Wed 3 Jan; the last is Fri 30 Mar.
        var terms = Terms with { WindowOpens = Terms.WindowOpens with { Days = 2 }, WindowCloses = Terms.WindowCloses with { Days = -1 } };

        var window = PurchaseWindow.For(D(2006, 11, 30), terms);

        Assert.Equal(D(2007, 1, 3), window.Start);
        Assert.Equal(D(2007, 3, 30), window.End);
    }

    [Fact]
    public void Both_ends_are_inside_the_window()
    {
        var window = PurchaseWindow.For(D(2006, 11, 30), Terms); // 2007-01-02 .. 2007-03-29

        Assert.False(window.Contains(D(2007, 1, 1)));
        Assert.True(window.Contains(D(2007, 1, 2)));
        Assert.True(window.Contains(D(2007, 3, 29)));
        Assert.False(window.Contains(D(2007, 3, 30)));
    }

    private static NodaTime.LocalDate Date(string iso) => Dates.D(iso);
}
