using NodaTime;
using static Reporting.Calendars.WeekendObservance;

namespace Reporting.Calendars;

/// <summary>
/// The legal holidays of the states that host RMBS trustees, master servicers and their
/// corporate trust offices, as their statutes write them, for the "Business Day" of pooling
/// agreements and caps that exclude days on which banks in those states may close:
/// <c>US-NY</c>, <c>US-MD</c>, <c>US-MA</c>, <c>US-MN</c>, <c>US-CO</c>, <c>US-CA</c>, <c>US-IL</c>,
/// <c>US-PA</c>, <c>US-TX</c>, <c>US-DE</c>, <c>US-NJ</c>.
/// </summary>
/// <remarks>
/// Each calendar is the state's statutory list of legal holidays for 1950-2099 under the rules in
/// force in 2005-2012 (with the dated changes noted), including the federal holidays the state
/// also keeps. A state holiday on a Sunday is observed on the Monday after where the statute says
/// so; none of these statutes moves a Saturday holiday for banks. County and city holidays
/// (Suffolk County's Evacuation Day, Sussex County's Return Day) and holidays of state offices
/// only (Texas's optional holidays) are not state bank holidays and are left out; a deal that
/// needs one adds it with its own rule (deal.yaml <c>calendars:</c>).
/// </remarks>
public static class StateCalendars
{
    private static HolidayRule NewYear => new FixedDateHoliday("New Year's Day", 1, 1, SundayToMonday);
    private static HolidayRule KingDay => new NthWeekdayHoliday("Martin Luther King Jr. Day", 1, IsoDayOfWeek.Monday, 3);
    private static HolidayRule Lincoln => new FixedDateHoliday("Lincoln's Birthday", 2, 12, SundayToMonday);
    private static HolidayRule Washington => new NthWeekdayHoliday("Washington's Birthday", 2, IsoDayOfWeek.Monday, 3);
    private static HolidayRule GoodFriday => new EasterHoliday("Good Friday", -2);
    private static HolidayRule Memorial => new NthWeekdayHoliday("Memorial Day", 5, IsoDayOfWeek.Monday, -1);
    private static HolidayRule Independence => new FixedDateHoliday("Independence Day", 7, 4, SundayToMonday);
    private static HolidayRule Labor => new NthWeekdayHoliday("Labor Day", 9, IsoDayOfWeek.Monday, 1);
    private static HolidayRule Columbus => new NthWeekdayHoliday("Columbus Day", 10, IsoDayOfWeek.Monday, 2);
    private static HolidayRule Veterans => new FixedDateHoliday("Veterans Day", 11, 11, SundayToMonday);
    private static readonly HolidayRule Thanksgiving = new NthWeekdayHoliday("Thanksgiving Day", 11, IsoDayOfWeek.Thursday, 4);
    private static HolidayRule DayAfterThanksgiving => new RelativeHoliday("Day after Thanksgiving", Thanksgiving, 1);
    private static HolidayRule Christmas => new FixedDateHoliday("Christmas Day", 12, 25, SundayToMonday);

    /// <summary>Each state's rules by calendar code.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<HolidayRule>> Rules { get; } = new Dictionary<string, IReadOnlyList<HolidayRule>>
    {
        // New York General Construction Law §24: adds Lincoln's Birthday and each general election day.
        ["US-NY"] = new[] { NewYear, KingDay, Lincoln, Washington, Memorial, Independence, Labor, Columbus,
            new ElectionDayHoliday("General Election Day", EvenYearsOnly: false), Veterans, Thanksgiving, Christmas },
        // Maryland General Provisions §1-111: adds the statewide general election day and, from
        // 2008, American Indian Heritage Day, the Friday after Thanksgiving.
        ["US-MD"] = new[] { NewYear, KingDay, Washington, Memorial, Independence, Labor, Columbus,
            new ElectionDayHoliday("Statewide General Election Day", EvenYearsOnly: true), Veterans, Thanksgiving,
            new RelativeHoliday("American Indian Heritage Day", Thanksgiving, 1) { FromYear = 2008 }, Christmas },
        // Massachusetts G.L. c. 4 §7 (18): adds Patriots' Day, the third Monday of April.
        ["US-MA"] = new[] { NewYear, KingDay, Washington, new NthWeekdayHoliday("Patriots' Day", 4, IsoDayOfWeek.Monday, 3),
            Memorial, Independence, Labor, Columbus, Veterans, Thanksgiving, Christmas },
        // Minnesota Statutes §645.44 subd. 5: the federal list (Washington's and Lincoln's Birthday
        // together on the third Monday of February).
        ["US-MN"] = new[] { NewYear, KingDay, Washington, Memorial, Independence, Labor, Columbus, Veterans, Thanksgiving, Christmas },
        // Colorado C.R.S. §24-11-101: the federal list; Columbus Day gave way in 2020 to Frances
        // Xavier Cabrini Day, the first Monday of October.
        ["US-CO"] = new[] { NewYear, KingDay, Washington, Memorial, Independence, Labor,
            new NthWeekdayHoliday("Columbus Day", 10, IsoDayOfWeek.Monday, 2) { ToYear = 2019 },
            new NthWeekdayHoliday("Frances Xavier Cabrini Day", 10, IsoDayOfWeek.Monday, 1) { FromYear = 2020 },
            Veterans, Thanksgiving, Christmas },
        // California Government Code §6700: adds Lincoln's Birthday, Cesar Chavez Day (31 March,
        // from 2001) and the day after Thanksgiving.
        ["US-CA"] = new[] { NewYear, KingDay, Lincoln, Washington,
            new FixedDateHoliday("Cesar Chavez Day", 3, 31, SundayToMonday) { FromYear = 2001 },
            Memorial, Independence, Labor, Columbus, Veterans, Thanksgiving, DayAfterThanksgiving, Christmas },
        // Illinois 205 ILCS 630/17 and 5 ILCS 490: adds Lincoln's Birthday, Casimir Pulaski Day
        // (first Monday of March) and the general election day of even years.
        ["US-IL"] = new[] { NewYear, KingDay, Lincoln, Washington,
            new NthWeekdayHoliday("Casimir Pulaski Day", 3, IsoDayOfWeek.Monday, 1),
            Memorial, Independence, Labor, Columbus,
            new ElectionDayHoliday("General Election Day", EvenYearsOnly: true), Veterans, Thanksgiving, Christmas },
        // Pennsylvania 44 P.S. §11: adds Good Friday, Flag Day (14 June) and each general election day.
        ["US-PA"] = new[] { NewYear, KingDay, Washington, GoodFriday, Memorial,
            new FixedDateHoliday("Flag Day", 6, 14, SundayToMonday), Independence, Labor, Columbus,
            new ElectionDayHoliday("General Election Day", EvenYearsOnly: false), Veterans, Thanksgiving, Christmas },
        // Texas Government Code §662.003(a): the national holidays (no Columbus Day), with the three
        // state holidays of §662.003(b) on which state offices close: the day after Thanksgiving,
        // Christmas Eve and the day after Christmas.
        ["US-TX"] = new[] { NewYear, KingDay, Washington, Memorial, Independence, Labor, Veterans, Thanksgiving,
            DayAfterThanksgiving, new FixedDateHoliday("Christmas Eve", 12, 24, None), Christmas,
            new FixedDateHoliday("Day after Christmas", 12, 26, None) },
        // Delaware 1 Del. C. §501: adds Good Friday, the day after Thanksgiving and the general
        // election day of even years.
        ["US-DE"] = new[] { NewYear, KingDay, Washington, GoodFriday, Memorial, Independence, Labor,
            new ElectionDayHoliday("General Election Day", EvenYearsOnly: true), Veterans, Thanksgiving, DayAfterThanksgiving, Christmas },
        // New Jersey N.J.S.A. 36:1-1: adds Lincoln's Birthday, Good Friday and each general election day.
        ["US-NJ"] = new[] { NewYear, KingDay, Lincoln, Washington, GoodFriday, Memorial, Independence, Labor, Columbus,
            new ElectionDayHoliday("General Election Day", EvenYearsOnly: false), Veterans, Thanksgiving, Christmas },
    };

    public static IReadOnlyList<string> Codes { get; } = Rules.Keys.ToArray();

    private static readonly Dictionary<string, Lazy<HolidayCalendar>> Calendars =
        Rules.ToDictionary(r => r.Key, r => new Lazy<HolidayCalendar>(() => HolidayRuleCalendar.Create(r.Key, r.Value)), StringComparer.OrdinalIgnoreCase);

    public static HolidayCalendar? Find(string code) => Calendars.TryGetValue(code, out var calendar) ? calendar.Value : null;
}
