using NodaTime;
using static Reporting.Calendars.HolidayRules;

namespace Reporting.Calendars;

/// <summary>
/// New York Business Days: the US Federal Reserve holidays (DOMAIN.md §1).
/// </summary>
/// <remarks>
/// The Federal Reserve observes a fixed-date holiday that falls on a Sunday on the Monday after,
/// but does not move one that falls on a Saturday (unlike the federal government's Friday rule).
/// Juneteenth is a holiday from 2022, its first year on the Federal Reserve's schedule.
/// </remarks>
internal static class UsnyCalendar
{
    public static HolidayCalendar Create() => new RuleBasedCalendar("USNY", HolidaysOf);

    private static IEnumerable<LocalDate> HolidaysOf(int year)
    {
        yield return SundayToMonday(new LocalDate(year, 1, 1));
        if (year >= 1986) yield return NthWeekday(year, 1, IsoDayOfWeek.Monday, 3);   // Martin Luther King Jr. Day
        yield return WashingtonsBirthday(year);
        yield return MemorialDay(year);
        if (year >= 2022) yield return SundayToMonday(new LocalDate(year, 6, 19));    // Juneteenth
        yield return SundayToMonday(new LocalDate(year, 7, 4));
        yield return NthWeekday(year, 9, IsoDayOfWeek.Monday, 1);                      // Labor Day
        yield return ColumbusDay(year);
        yield return VeteransDay(year);
        yield return NthWeekday(year, 11, IsoDayOfWeek.Thursday, 4);                   // Thanksgiving
        yield return SundayToMonday(new LocalDate(year, 12, 25));
    }

    // The Uniform Monday Holiday Act moved these three to Mondays from 1971.
    private static LocalDate WashingtonsBirthday(int year) =>
        year >= 1971 ? NthWeekday(year, 2, IsoDayOfWeek.Monday, 3) : SundayToMonday(new LocalDate(year, 2, 22));

    private static LocalDate MemorialDay(int year) =>
        year >= 1971 ? LastWeekday(year, 5, IsoDayOfWeek.Monday) : SundayToMonday(new LocalDate(year, 5, 30));

    private static LocalDate ColumbusDay(int year) =>
        year >= 1971 ? NthWeekday(year, 10, IsoDayOfWeek.Monday, 2) : SundayToMonday(new LocalDate(year, 10, 12));

    // Veterans Day was a Monday holiday from 1971 to 1977, and 11 November again from 1978.
    private static LocalDate VeteransDay(int year) =>
        year is >= 1971 and <= 1977
            ? NthWeekday(year, 10, IsoDayOfWeek.Monday, 4)
            : SundayToMonday(new LocalDate(year, 11, 11));
}
