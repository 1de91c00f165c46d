using Reporting.Cap;
using Reporting.Calendars;
using Reporting.Tests.Support;
using static Reporting.Tests.Support.Dates;

namespace Reporting.Tests.Cap;

/// <summary>
/// Payment Dates adjusted on their own while the Calculation Periods stay unadjusted: a corridor
/// whose Period End Dates are the 25th "with No Adjustment", 30/360, paying on each Period End Date
/// "subject to adjustment in accordance with the Modified Following Business Day Convention"
/// (Business Days: New York), the terms of the Bear Stearns corridors of February 2007 (reference
/// FXNEC9198, SEC filer CIK 1387716, Exhibit 99.16) with payment on the 25th rather than Early
/// Payment. Written on the GMACM 2006-HE3 periods (25 September 2006 to 25 May 2008).
/// </summary>
public sealed class PaymentAndAccrualDateTests : IDisposable
{
    private readonly TempDeal deal = new("gmacm-2006-he3");

    private IReadOnlyList<CapPeriodDates> Periods() => CapSchedule.Periods(CapInputs.Load(deal.Folder).Terms);

    private void WithDayCount30360() => deal.Replace("deal.yaml", "day_count: ACT/360", "day_count: 30/360");

    [Fact]
    public void PaymentsRollWhileThirtyThreeSixtyAccruesOnTheUnadjustedDates()
    {
        WithDayCount30360();
        deal.Replace("deal.yaml", """
                period_end_adjustment:
                  convention: following
                  calendar: USNY
                payment_offset_business_days: -1    # Early Payment: one New York Business Day before each Period End Date
            """, """
                period_end_adjustment:
                  convention: none
                  calendar: USNY
                payment_offset_business_days: 0
                payment_adjustment:
                  convention: modified-following
                  calendar: USNY
            """);
        var periods = Periods();

        // Period 2: 25 October to Saturday 25 November 2006: 30/360 gives 30 days on the
        // unadjusted dates; the payment rolls to Monday 27 November.
        Assert.Equal((D("2006-10-25"), D("2006-11-25"), 30), (periods[1].AdjustedStart, periods[1].AdjustedEnd, periods[1].Days));
        Assert.Equal(D("2006-11-27"), periods[1].PaymentDate);
        // Period 3 resets on Saturday 25 November; two London days before: Fri 24 (one), Thu 23 (two).
        Assert.Equal(D("2006-11-23"), periods[2].FixingDate);
        // Period 3 ends Monday 25 December 2006 (Christmas): paid Tuesday 26 December; 30 days.
        Assert.Equal((D("2006-12-26"), 30), (periods[2].PaymentDate, periods[2].Days));
        // Period 5 ends Sunday 25 February 2007: paid Monday 26 February; 30 days.
        Assert.Equal((D("2007-02-26"), 30), (periods[4].PaymentDate, periods[4].Days));
        // Period 14 ends Sunday 25 November 2007: Modified Following gives Monday 26 November.
        Assert.Equal(D("2007-11-26"), periods[13].PaymentDate);
        // Every payment falls on a New York Business Day; 8 of the 20 Period End Dates are not one
        // (25 Nov and 25 Dec 2006; 25 Feb, 25 Mar, 25 Aug, 25 Nov and 25 Dec 2007; 25 May 2008).
        Assert.All(periods, p => Assert.True(HolidayCalendars.Usny.IsBusinessDay(p.PaymentDate), $"{p.PaymentDate}"));
        Assert.Equal(8, periods.Count(p => !HolidayCalendars.Usny.IsBusinessDay(p.PeriodEnd)));
    }

    [Fact]
    public void RolledPeriodEndsWithUnadjustedAccrualGiveTheSameDates()
    {
        // The same contract written the other way: Period End Dates rolled Modified Following for
        // payment, Calculation Periods unadjusted.
        WithDayCount30360();
        deal.Replace("deal.yaml", """
                period_end_adjustment:
                  convention: following
                  calendar: USNY
                payment_offset_business_days: -1    # Early Payment: one New York Business Day before each Period End Date
            """, """
                period_end_adjustment:
                  convention: modified-following
                  calendar: USNY
                accrual_dates: unadjusted
                payment_offset_business_days: 0
            """);
        var periods = Periods();
        Assert.Equal((D("2006-11-25"), 30, D("2006-11-27")), (periods[1].AdjustedEnd, periods[1].Days, periods[1].PaymentDate));
        // The last period ends on the Termination Date, Sunday 25 May 2008, rolled Following past
        // Memorial Day to Tuesday 27 May; 30/360 on 25 April to 25 May is 30 days.
        Assert.Equal((D("2008-05-25"), 30, D("2008-05-27")), (periods[^1].AdjustedEnd, periods[^1].Days, periods[^1].PaymentDate));
    }

    [Fact]
    public void EarlyPaymentCountsOnThePaymentCalendar()
    {
        // "One Business Day preceding each Period End Date", Period End Dates with No Adjustment
        // (FXNEC9198 as written): Sunday 25 February 2007 -> Friday 23 February.
        WithDayCount30360();
        deal.Replace("deal.yaml", "    period_end_adjustment:\n      convention: following", "    period_end_adjustment:\n      convention: none");
        var periods = Periods();
        Assert.Equal((D("2007-02-25"), D("2007-02-23"), 30), (periods[4].AdjustedEnd, periods[4].PaymentDate, periods[4].Days));
    }

    [Fact]
    public void UnknownAccrualWordIsLocated()
    {
        deal.Replace("deal.yaml", "    payment_offset_business_days: -1", "    accrual_dates: unadjustd\n    payment_offset_business_days: -1");
        var error = Assert.Single(Assert.Throws<Reporting.RunFormat.InputException>(() => CapInputs.Load(deal.Folder)).Errors);
        Assert.Equal("cap.floating.accrual_dates: 'unadjustd' is not one of adjusted, unadjusted", $"{error.Field}: {error.Message}");
    }

    public void Dispose() => deal.Dispose();
}
