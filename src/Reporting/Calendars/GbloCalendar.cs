using NodaTime;
using static Reporting.Calendars.HolidayRules;

namespace Reporting.Calendars;

/// <summary>
/// London Banking Days: the bank holidays of England and Wales (DOMAIN.md §1).
/// </summary>
/// <remarks>
/// The rules below are those in force since 1978 (Early May bank holiday introduced) and are
/// applied for the whole 1950-2099 range; the contracts this product serves start well after
/// 1978. A holiday on a weekend is substituted by the next weekday that is not already a
/// holiday, which is how Christmas on a Saturday gives Monday 27 and Tuesday 28 December.
/// </remarks>
internal static class GbloCalendar
{
    public static HolidayCalendar Create() => new RuleBasedCalendar("GBLO", HolidaysOf);

    private static readonly LocalDate[] _extraDays =
    {
        new(1999, 12, 31), // Millennium
        new(2002, 6, 3),   // Golden Jubilee
        new(2011, 4, 29),  // Royal wedding
        new(2012, 6, 5),   // Diamond Jubilee
        new(2022, 6, 3),   // Platinum Jubilee
        new(2022, 9, 19),  // State funeral
        new(2023, 5, 8),   // Coronation
    };

    private static IEnumerable<LocalDate> HolidaysOf(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<LocalDate>
        {
            Substitute(new LocalDate(year, 1, 1), Array.Empty<LocalDate>()),
            easter.PlusDays(-2), // Good Friday
            easter.PlusDays(1),  // Easter Monday
            EarlyMay(year),
            Spring(year),
            LastWeekday(year, 8, IsoDayOfWeek.Monday), // Summer
        };
        var christmas = Substitute(new LocalDate(year, 12, 25), Array.Empty<LocalDate>());
        var boxingDay = Substitute(new LocalDate(year, 12, 26), new[] { christmas });
        days.Add(christmas);
        days.Add(boxingDay);
        days.AddRange(_extraDays.Where(d => d.Year == year));
        return days;
    }

    private static LocalDate EarlyMay(int year) => year switch
    {
        1995 or 2020 => new LocalDate(year, 5, 8), // moved for VE Day anniversaries
        _ => NthWeekday(year, 5, IsoDayOfWeek.Monday, 1),
    };

    private static LocalDate Spring(int year) => year switch
    {
        2002 => new LocalDate(2002, 6, 4),
        2012 => new LocalDate(2012, 6, 4),
        2022 => new LocalDate(2022, 6, 2),
        _ => LastWeekday(year, 5, IsoDayOfWeek.Monday),
    };

    /// <summary>The next weekday on or after the date that is not one of <paramref name="taken"/>.</summary>
    private static LocalDate Substitute(LocalDate date, IReadOnlyCollection<LocalDate> taken)
    {
        while (IsWeekend(date) || taken.Contains(date)) date = date.PlusDays(1);
        return date;
    }

    private static bool IsWeekend(LocalDate date) => HolidayCalendar.IsWeekend(date);
}
