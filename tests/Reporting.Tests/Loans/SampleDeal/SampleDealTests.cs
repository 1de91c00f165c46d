using NodaTime;
using NodaTime.Text;
using Reporting.Deals;
using Reporting.Loans;
using static Reporting.Tests.Loans.LoanTestSupport;
using Reporting.Testing;

namespace Reporting.Tests.Loans.SampleDeal;

/// <summary>
/// The scripted loans of <c>deals/ramp-2006-rs3</c>, each on the dates its path turns, worked by
/// hand from the script in <see cref="Ramp2006Rs3Tape"/> (tapes at each month end; a loan's next
/// due date is frozen from the month it stops paying) and a wall calendar.
/// </summary>
public class SampleDealTests
{
    // The engine is a pure function of the loaded inputs and the date: the deal is loaded once,
    // and one evaluation per date is enough.
    private static readonly Lazy<LoanInputs> _inputs = new(() => LoanInputs.Load(DealLoader.LoadTerms(SampleDealFolder())));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, OptionalPurchaseReport> _reports = new();

    private static OptionalPurchaseReport On(string date) =>
        _reports.GetOrAdd(date, d => OptionalPurchaseEngine.Evaluate(_inputs.Value, Date(d)));

    private static LoanStatus Loan(string date, string id) => On(date).Loans.Single(l => l.LoanId == id);

    [Theory]
    // S01 stops at 1 Mar 2006: 91 days on 31 May 2006, crossed 1 Mar + 90 = 30 May (Q2 2006).
    // Window Q3 2006: Mon 3 Jul (1-2 Jul weekend) to Thu 28 Sep (30 Sep Sat, 29 Sep the last Business Day).
    [InlineData("2006-06-15", "RS3-S01", "awaiting-window", 91, "2006-05-30", "2006-07-03", "2006-09-28")]
    [InlineData("2006-07-03", "RS3-S01", "in-window", 121, "2006-05-30", "2006-07-03", "2006-09-28")] // tape 30 Jun: 31+30+31+29 = 121
    [InlineData("2006-09-28", "RS3-S01", "in-window", 183, "2006-05-30", "2006-07-03", "2006-09-28")] // tape 31 Aug: 183
    [InlineData("2006-09-29", "RS3-S01", "lapsed", 183, "2006-05-30", "2006-07-03", "2006-09-28")]
    [InlineData("2008-12-31", "RS3-S01", "lapsed", 1036, "2006-05-30", "2006-07-03", "2006-09-28")] // 1 Mar 2006 -> 31 Dec 2008: 306 + 365 + 366 - 1 = 1036
    // S02 stops at 1 Jun 2006: 91 days on 31 Aug, crossed 30 Aug (Q3); window Q4 2006 Mon 2 Oct - Thu 28 Dec; bought 15 Nov.
    [InlineData("2006-11-14", "RS3-S02", "in-window", 152, "2006-08-30", "2006-10-02", "2006-12-28")] // tape 31 Oct: 30+31+31+30+30 = 152
    [InlineData("2006-11-15", "RS3-S02", "purchased", 152, "2006-08-30", "2006-10-02", "2006-12-28")]
    // S03 stops at 1 Sep 2006: exactly 90 days on 30 Nov 2006 (29+31+30), crossed that day (Q4).
    // Window Q1 2007 opens Tue 2 Jan, after New Year's Day (Mon 1 Jan); bought on 2 Jan.
    [InlineData("2006-11-30", "RS3-S03", "awaiting-window", 90, "2006-11-30", "2007-01-02", "2007-03-29")]
    [InlineData("2007-01-01", "RS3-S03", "awaiting-window", 121, "2006-11-30", "2007-01-02", "2007-03-29")]
    [InlineData("2007-01-02", "RS3-S03", "purchased", 121, "2006-11-30", "2007-01-02", "2007-03-29")]
    // S04 stops at 1 Dec 2006: 89 days on 28 Feb 2007, 120 on 31 Mar; crossed 1 Mar 2007 (Q1);
    // window Q2 2007 Mon 2 Apr - Thu 28 Jun; bought Fri 29 Jun, the last Business Day: too late.
    [InlineData("2007-02-28", "RS3-S04", "not-eligible", 89, null, null, null)]
    [InlineData("2007-03-31", "RS3-S04", "awaiting-window", 120, "2007-03-01", "2007-04-02", "2007-06-28")]
    [InlineData("2007-06-28", "RS3-S04", "in-window", 181, "2007-03-01", "2007-04-02", "2007-06-28")] // tape 31 May: 120+30+31
    [InlineData("2007-06-29", "RS3-S04", "purchase-exception", 181, "2007-03-01", "2007-04-02", "2007-06-28")]
    // S05 stops at 1 Jan 2007: 89 days on Sat 31 Mar 2007, the quarter's last day (30+28+31).
    // Crossed 1 Apr (Q2): window Q3 2007 Mon 2 Jul - Thu 27 Sep; bought on 27 Sep.
    [InlineData("2007-03-31", "RS3-S05", "not-eligible", 89, null, null, null)]
    [InlineData("2007-04-30", "RS3-S05", "awaiting-window", 119, "2007-04-01", "2007-07-02", "2007-09-27")]
    [InlineData("2007-07-01", "RS3-S05", "awaiting-window", 180, "2007-04-01", "2007-07-02", "2007-09-27")]
    [InlineData("2007-07-02", "RS3-S05", "in-window", 180, "2007-04-01", "2007-07-02", "2007-09-27")]
    [InlineData("2007-09-27", "RS3-S05", "purchased", 242, "2007-04-01", "2007-07-02", "2007-09-27")] // tape 31 Aug
    // S06 stops at 1 May 2007: 91 days on 31 Jul, crossed 30 Jul (Q3). Partial payments: next due
    // 1 Jun on 31 Aug, 1 Jul on 30 Sep, 1 Aug on 31 Oct, 91 days each time; the crossing stays 30 Jul.
    // Window Q4 2007 Mon 1 Oct - Fri 28 Dec; bought 20 Nov.
    [InlineData("2007-07-31", "RS3-S06", "awaiting-window", 91, "2007-07-30", "2007-10-01", "2007-12-28")]
    [InlineData("2007-10-31", "RS3-S06", "in-window", 91, "2007-07-30", "2007-10-01", "2007-12-28")]
    [InlineData("2007-11-20", "RS3-S06", "purchased", 91, "2007-07-30", "2007-10-01", "2007-12-28")]
    // S07 stops at 1 Jul 2007: 91 days on 30 Sep, crossed 29 Sep (Q3). A partial payment: 60 days on
    // 31 Oct (next due 1 Sep), not cured; 90 days on 30 Nov: same episode and window Q4 2007; lapses.
    [InlineData("2007-09-30", "RS3-S07", "awaiting-window", 91, "2007-09-29", "2007-10-01", "2007-12-28")]
    [InlineData("2007-10-31", "RS3-S07", "not-eligible", 60, "2007-09-29", "2007-10-01", "2007-12-28")]
    [InlineData("2007-11-30", "RS3-S07", "in-window", 90, "2007-09-29", "2007-10-01", "2007-12-28")]
    [InlineData("2007-12-31", "RS3-S07", "lapsed", 121, "2007-09-29", "2007-10-01", "2007-12-28")]
    // S08 stops at 1 Aug 2006: 91 days on 31 Oct 2006, crossed 30 Oct (Q4); window Q1 2007 2 Jan - 29 Mar
    // unused; cured on 30 Apr 2007; stops at 1 May: 91 days on 31 Jul, crossed 30 Jul 2007 (Q3):
    // new window Q4 2007 1 Oct - 28 Dec; bought 15 Oct.
    [InlineData("2007-03-29", "RS3-S08", "in-window", 211, "2006-10-30", "2007-01-02", "2007-03-29")] // tape 28 Feb: 30+30+31+30+31+31+28 = 211
    [InlineData("2007-03-30", "RS3-S08", "lapsed", 211, "2006-10-30", "2007-01-02", "2007-03-29")]
    [InlineData("2007-04-30", "RS3-S08", "not-eligible", 0, null, null, null)]
    [InlineData("2007-07-31", "RS3-S08", "awaiting-window", 91, "2007-07-30", "2007-10-01", "2007-12-28")]
    [InlineData("2007-10-15", "RS3-S08", "purchased", 152, "2007-07-30", "2007-10-01", "2007-12-28")] // tape 30 Sep: 30+30+31+31+30
    // S10 stops at 1 Jan 2008: 59 days on 29 Feb, 90 on 31 Mar 2008 (leap year), crossed that day (Q1);
    // window Q2 2008 Tue 1 Apr - Fri 27 Jun; bought on 27 Jun.
    [InlineData("2008-02-29", "RS3-S10", "not-eligible", 59, null, null, null)]
    [InlineData("2008-03-31", "RS3-S10", "awaiting-window", 90, "2008-03-31", "2008-04-01", "2008-06-27")]
    [InlineData("2008-04-01", "RS3-S10", "in-window", 90, "2008-03-31", "2008-04-01", "2008-06-27")]
    [InlineData("2008-06-27", "RS3-S10", "purchased", 151, "2008-03-31", "2008-04-01", "2008-06-27")] // tape 31 May
    // S11 stops at 1 Oct 2007: 60 days on 30 Nov, 91 on 31 Dec: crossed 30 Dec 2007 (Q4).
    // Bought 31 Dec 2007, before its window (Wed 2 Jan 2008, after New Year's Day).
    [InlineData("2007-12-30", "RS3-S11", "not-eligible", 60, null, null, null)]
    [InlineData("2007-12-31", "RS3-S11", "purchase-exception", 91, "2007-12-30", "2008-01-02", "2008-03-28")]
    // S12 stops at 1 Sep 2007: 90 days on 30 Nov 2007, crossed that day (Q4); window Q1 2008
    // Wed 2 Jan (Tue 1 Jan a holiday) - Fri 28 Mar (31 Mar a Monday, the last Business Day).
    [InlineData("2007-11-30", "RS3-S12", "awaiting-window", 90, "2007-11-30", "2008-01-02", "2008-03-28")]
    [InlineData("2008-01-01", "RS3-S12", "awaiting-window", 121, "2007-11-30", "2008-01-02", "2008-03-28")]
    [InlineData("2008-01-02", "RS3-S12", "in-window", 121, "2007-11-30", "2008-01-02", "2008-03-28")]
    [InlineData("2008-03-28", "RS3-S12", "in-window", 181, "2007-11-30", "2008-01-02", "2008-03-28")] // tape 29 Feb: 121+31+29
    [InlineData("2008-03-29", "RS3-S12", "lapsed", 181, "2007-11-30", "2008-01-02", "2008-03-28")]
    // S13 stops at 1 Jun 2008: 60 days on 31 Jul; bought 15 Aug 2008: below 90 days.
    [InlineData("2008-08-15", "RS3-S13", "purchase-exception", 60, null, null, null)]
    // S14 stops at 1 Mar 2008: 91 days on 31 May, crossed 30 May (Q2); window Q3 2008 Tue 1 Jul - Mon 29 Sep; bought 29 Sep.
    [InlineData("2008-05-31", "RS3-S14", "awaiting-window", 91, "2008-05-30", "2008-07-01", "2008-09-29")]
    [InlineData("2008-09-29", "RS3-S14", "purchased", 183, "2008-05-30", "2008-07-01", "2008-09-29")] // tape 31 Aug: 30+30+31+30+31+31 = 183
    // S15 stops at 1 Jun 2008: 91 days on 31 Aug, crossed 30 Aug (Q3); window Q4 2008 Wed 1 Oct - Tue 30 Dec.
    [InlineData("2008-12-30", "RS3-S15", "in-window", 182, "2008-08-30", "2008-10-01", "2008-12-30")] // tape 30 Nov
    [InlineData("2008-12-31", "RS3-S15", "lapsed", 213, "2008-08-30", "2008-10-01", "2008-12-30")]
    // S16 stops at 1 Sep 2008: 90 days on 30 Nov 2008, crossed that day (Q4); window Q1 2009
    // Fri 2 Jan (Thu 1 Jan a holiday) - Mon 30 Mar. The last tape is 31 Dec 2008.
    [InlineData("2008-12-31", "RS3-S16", "awaiting-window", 121, "2008-11-30", "2009-01-02", "2009-03-30")]
    [InlineData("2009-01-01", "RS3-S16", "awaiting-window", 121, "2008-11-30", "2009-01-02", "2009-03-30")]
    [InlineData("2009-01-02", "RS3-S16", "in-window", 121, "2008-11-30", "2009-01-02", "2009-03-30")]
    // S18 stops at 1 Apr 2007: 90 days on Sat 30 Jun 2007, the quarter's last day (29+31+30): crossed
    // that day (Q2); window Q3 2007 2 Jul - 27 Sep. Liquidated: last on the 31 Aug tape.
    [InlineData("2007-06-30", "RS3-S18", "awaiting-window", 90, "2007-06-30", "2007-07-02", "2007-09-27")]
    [InlineData("2007-09-15", "RS3-S18", "in-window", 152, "2007-06-30", "2007-07-02", "2007-09-27")]
    [InlineData("2007-09-30", "RS3-S18", "not-eligible", 152, "2007-06-30", "2007-07-02", "2007-09-27")]
    public void Scripted_loan_on_a_date(string date, string loanId, string status, int days, string? crossed, string? start, string? end)
    {
        var loan = Loan(date, loanId);

        Assert.Equal(status, Kebab(loan.Status));
        Assert.Equal(days, loan.DaysDelinquent);
        Assert.Equal(crossed, loan.Episode is { } e ? Iso(e.CrossedOn) : null);
        Assert.Equal(start, loan.Episode is { } s ? Iso(s.Window.Start) : null);
        Assert.Equal(end, loan.Episode is { Window.End: { } windowEnd } ? Iso(windowEnd) : null);
    }

    [Theory]
    // Tape 30 Jun 2006, next due 1 Mar 2006: paid to 1 Feb, to 1 Aug 2006 = 6 months = 180 days;
    // 220,000 × (7.75 - 0.50)% × 180/360 = 7,975.00.
    [InlineData("2006-07-03", "RS3-S01", 227_975.00)]
    // Tape 31 May 2007, next due 1 Dec 2006: paid to 1 Nov 2006, to 1 Jul 2007 = 240 days;
    // 175,000 × 8% × 240/360 = 9,333.333... -> 9,333.33.
    [InlineData("2007-06-28", "RS3-S04", 184_333.33)]
    // Tape 30 Nov 2007, next due 1 Sep 2007: paid to 1 Aug, to 1 Dec 2007 = 120 days; 160,000 × 7.5% × 120/360 = 4,000.00.
    [InlineData("2007-11-30", "RS3-S07", 164_000.00)]
    // Tape 31 Dec 2007, next due 1 Sep 2007: paid to 1 Aug 2007, to 1 Feb 2008 = 180 days; 110,000 × 9% / 2 = 4,950.00.
    [InlineData("2008-01-02", "RS3-S12", 114_950.00)]
    // Tape 29 Feb 2008: paid to 1 Aug 2007, to 1 Apr 2008 = 240 days; 110,000 × 9% × 240/360 = 6,600.00.
    [InlineData("2008-03-28", "RS3-S12", 116_600.00)]
    // Tape 30 Nov 2008, next due 1 Jun 2008: paid to 1 May, to 1 Jan 2009 = 240 days; 130,000 × 7.5% × 240/360 = 6,500.00.
    [InlineData("2008-12-30", "RS3-S15", 136_500.00)]
    // Tape 31 Dec 2008, next due 1 Sep 2008: paid to 1 Aug, to 1 Feb 2009 = 180 days; 145,000 × 6.5% / 2 = 4,712.50.
    [InlineData("2009-01-02", "RS3-S16", 149_712.50)]
    public void In_window_price_as_of_the_status_date(string date, string loanId, decimal price)
    {
        Assert.Equal(price, Loan(date, loanId).PriceAsOf!.Price);
    }

    [Theory]
    // Each price paid is the Purchase Price worked by hand at the purchase date, from the tape before it:
    // S02: tape 31 Oct 2006, paid to 1 May, to 1 Dec 2006 = 210 days; 200,000 × 7.5% × 210/360 = 8,750.00.
    [InlineData("2006-11-15", "RS3-S02", 208_750.00)]
    // S03: tape 31 Dec 2006, paid to 1 Aug 2006, to 1 Feb 2007 = 180 days; 150,000 × 6.875% / 2 = 5,156.25.
    [InlineData("2007-01-02", "RS3-S03", 155_156.25)]
    // S05: tape 31 Aug 2007, paid to 1 Dec 2006, to 1 Oct 2007 = 300 days; 120,000 × 8.5% × 300/360 = 8,500.00.
    [InlineData("2007-09-27", "RS3-S05", 128_500.00)]
    // S08: tape 30 Sep 2007, paid to 1 Apr 2007, to 1 Nov 2007 = 210 days; 95,000 × 9.5% × 210/360 = 5,264.583... -> 5,264.58.
    [InlineData("2007-10-15", "RS3-S08", 100_264.58)]
    // S06: tape 31 Oct 2007, next due 1 Aug: paid to 1 Jul, to 1 Dec 2007 = 150 days; 180,000 × 7.25% × 150/360 = 5,437.50.
    [InlineData("2007-11-20", "RS3-S06", 185_437.50)]
    // S10: tape 31 May 2008, paid to 1 Dec 2007, to 1 Jul 2008 = 210 days; 250,000 × 6.25% × 210/360 = 9,114.583... -> 9,114.58.
    [InlineData("2008-06-27", "RS3-S10", 259_114.58)]
    // S14: tape 31 Aug 2008, paid to 1 Feb 2008, to 1 Oct 2008 = 240 days; 300,000 × 7.75% × 240/360 = 15,500.00.
    [InlineData("2008-09-29", "RS3-S14", 315_500.00)]
    public void Purchases_in_their_window_at_the_purchase_price(string date, string loanId, decimal price)
    {
        var loan = Loan(date, loanId);

        Assert.Equal(LoanPurchaseStatus.Purchased, loan.Status);
        Assert.Equal(Date(date), loan.Purchase!.Purchase.PurchaseDate);
        Assert.Equal(price, loan.Purchase.ComputedPrice!.Price);
        Assert.Equal(0m, loan.Purchase.PriceDifference);
    }

    [Theory]
    [InlineData("2007-06-29", "RS3-S04", PurchaseExceptionKind.AfterWindow)]
    [InlineData("2007-12-31", "RS3-S11", PurchaseExceptionKind.BeforeWindow)]
    [InlineData("2008-08-15", "RS3-S13", PurchaseExceptionKind.BelowThreshold)]
    public void Purchases_outside_the_rules_are_exceptions(string date, string loanId, PurchaseExceptionKind kind)
    {
        Assert.Equal(kind, Loan(date, loanId).Purchase!.ExceptionKind);
    }

    [Fact]
    public void A_liquidated_loan_is_marked_off_the_latest_tape()
    {
        var loan = Loan("2007-09-30", "RS3-S18");

        Assert.False(loan.OnLatestTape);
        Assert.Equal(D(2007, 8, 31), loan.Tape!.Value.ReportDate);
    }

    [Fact]
    public void The_deal_names_the_amendment_parties_and_its_terms()
    {
        var deal = DealLoader.LoadTerms(SampleDealFolder());

        Assert.True(deal.Info.IsInvented);
        Assert.Equal("Residential Asset Mortgage Products, Inc.", deal.FindParty("Depositor")!.Name);
        Assert.Equal("Residential Funding Corporation", deal.FindParty("MasterServicer")!.Name);
        Assert.Equal("JPMorgan Chase Bank, N.A.", deal.FindParty("Trustee")!.Name);
        Assert.Equal("USNY", deal.OptionalPurchase!.BusinessDayCalendar.Name);
        Assert.Equal(90, deal.OptionalPurchase.DelinquencyThresholdDays);
        Assert.Equal("MasterServicer", deal.OptionalPurchase.Purchaser);
    }

    private static string Kebab(LoanPurchaseStatus status) => global::Reporting.RunFormat.ReportingJson.Serialize(status).Trim('"');

    private static LocalDate Date(string iso) => Dates.D(iso);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
