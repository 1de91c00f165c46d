using NodaTime;
using Reporting.Cap;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Tests.Support;
using static Reporting.Tests.Support.Dates;

namespace Reporting.Tests.Calendars;

/// <summary>
/// A calendar the deal defines in deal.yaml from rules: the Business Day of Credit Suisse
/// International's cap of 30 August 2007 (SEC filer CIK 1410014, Exhibit 99.4) adds "the city in
/// which the Corporate Trust Office of Party B is located" to five states. For a Boston office,
/// Suffolk County's Evacuation Day (17 March) and Bunker Hill Day (17 June) are that city's own;
/// worked by hand for 2008: Monday 17 March, Tuesday 17 June, Patriots' Day Monday 21 April.
/// </summary>
public sealed class DealCalendarTests : IDisposable
{
    private readonly TempDeal deal = new("gmacm-2006-he3");

    private const string Boston = """
        calendars:
          BOSTON:
            description: Business Days of the corporate trust office in Boston
            union: [US-MA]
            holidays:
              - {name: Evacuation Day, month: 3, day: 17, observed: sunday-to-monday}
              - {name: Bunker Hill Day, month: 6, day: 17, observed: sunday-to-monday}

        """;

    private void Define(string calendars) => deal.Replace("deal.yaml", "# Part II of the confirmation", calendars + "# Part II of the confirmation");

    [Fact]
    public void ADealCalendarJoinsStandardCalendarsAndItsOwnRules()
    {
        Define(Boston);
        deal.Replace("deal.yaml", "    period_end_adjustment:\n      convention: following\n      calendar: USNY",
            "    period_end_adjustment:\n      convention: following\n      calendar: [USNY, US-MD, US-MN, US-CO, BOSTON]");
        var calendar = CapInputs.Load(deal.Folder).Terms.Floating.PeriodEndAdjustment.Calendar;
        var holidays = calendar.Holidays(new LocalDate(2008, 3, 1), new LocalDate(2008, 6, 30)).ToArray();
        // Federal: Memorial Day 26 May 2008. Massachusetts: Patriots' Day 21 April. Boston: 17 March, 17 June.
        Assert.Equal(new[] { D("2008-03-17"), D("2008-04-21"), D("2008-05-26"), D("2008-06-17") }, holidays);
        // Bunker Hill Day, Sunday 17 June 2007, is observed on Monday 18 June.
        Assert.True(calendar.IsHoliday(D("2007-06-18")));
    }

    [Fact]
    public void BadDefinitionsAreLocated()
    {
        Define("""
            calendars:
              USNY:
                holidays: [{name: x, month: 1, day: 2}]
              CITY:
                union: [US-ZZ]
                holidays:
                  - {name: Mystery, month: 13, day: 1}
                  - {name: Both, month: 3, day: 17, easter_offset: -2}
                  - {name: Which, month: 11, weekday: thursday, nth: 5}

            """);
        var errors = Assert.Throws<InputException>(() => CapInputs.Load(deal.Folder)).Errors.Select(e => $"{e.Field}: {e.Message}").ToArray();
        Assert.Contains(errors, e => e.StartsWith("calendars.USNY.union: 'USNY' cannot name a calendar of the deal"));
        Assert.Contains(errors, e => e.StartsWith("calendars.CITY.union: 'US-ZZ' is not a standard calendar"));
        Assert.Contains("calendars.CITY.holidays[0].month: 13 is not a month (expected 1 to 12)", errors);
        Assert.Contains("calendars.CITY.holidays[1].name: holiday 'Both' must give exactly one of: date; month and day; month, weekday and nth; easter_offset; election_day", errors);
        Assert.Contains("calendars.CITY.holidays[2].nth: '5' is not which weekday of the month (expected 1 to 4, or last)", errors);
    }

    [Fact]
    public void ADealCalendarServesEveryCalendarKeyNotOnlyTheCap()
    {
        // The trust office's city also bounds the Local Business Days of the ratings clauses and
        // of the Credit Support Annex: the same BOSTON calendar, named in both sections.
        Define(Boston);
        deal.Replace("deal.yaml", "  local_business_days: USNY\n", "  local_business_days: USNY+BOSTON\n"); // ratings_downgrade
        deal.Replace("deal.yaml", "  local_business_days: USNY\n", "  local_business_days: USNY+BOSTON\n"); // credit_support_annex
        var terms = DealLoader.LoadTerms(deal.Folder);
        foreach (var calendar in new[] { terms.RatingsDowngrade!.LocalBusinessDays, terms.CreditSupportAnnex!.LocalBusinessDays })
        {
            // Evacuation Day, Monday 17 March 2008, is a Boston holiday only; Memorial Day a federal one.
            Assert.True(calendar.IsHoliday(D("2008-03-17")));
            Assert.True(calendar.IsHoliday(D("2008-05-26")));
            Assert.False(calendar.IsHoliday(D("2008-03-18")));
        }
    }

    public void Dispose() => deal.Dispose();
}
