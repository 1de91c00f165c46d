using NodaTime;

namespace Reporting.Calendars;

/// <summary>The date arithmetic that holiday rules are written in.</summary>
internal static class HolidayRules
{
    /// <summary>The <paramref name="n"/>th given weekday of a month (n = 1 is the first).</summary>
    public static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int n)
    {
        var first = new LocalDate(year, month, 1);
        int offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset + 7 * (n - 1));
    }

    /// <summary>The last given weekday of a month.</summary>
    public static LocalDate LastWeekday(int year, int month, IsoDayOfWeek weekday)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        int back = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.PlusDays(-back);
    }

    /// <summary>A fixed-date holiday that falls on a Sunday is observed on the Monday after.</summary>
    public static LocalDate SundayToMonday(LocalDate date) =>
        date.DayOfWeek == IsoDayOfWeek.Sunday ? date.PlusDays(1) : date;

    /// <summary>Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm.</summary>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }
}
