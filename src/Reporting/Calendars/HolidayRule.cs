using NodaTime;
using static Reporting.Calendars.HolidayRules;

namespace Reporting.Calendars;

/// <summary>
/// One holiday of a calendar written as the law writes it: a fixed date with its weekend rule,
/// the Nth weekday of a month, a day relative to Easter or to another holiday, or general election
/// day; each in force over a range of years. A calendar is a list of these, not a list of dates.
/// </summary>
public abstract record HolidayRule(string Name)
{
    /// <summary>The first year the holiday is observed; null for always.</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year the holiday is observed; null for still in force.</summary>
    public int? ToYear { get; init; }

    /// <summary>The date the holiday is observed in <paramref name="year"/>, or null when it is not observed that year.</summary>
    public LocalDate? ObservedIn(int year) =>
        (FromYear is { } from && year < from) || (ToYear is { } to && year > to) ? null : Observe(year);

    protected abstract LocalDate? Observe(int year);

    public override string ToString() => Name;
}

/// <summary>How a fixed-date holiday that falls on a weekend is observed.</summary>
public enum WeekendObservance
{
    /// <summary>Not moved: a weekend holiday adds no business day closure.</summary>
    None,

    /// <summary>A Sunday holiday is observed on the Monday after; a Saturday one is not moved (the Federal Reserve's rule and most states').</summary>
    SundayToMonday,

    /// <summary>Saturday to the Friday before, Sunday to the Monday after.</summary>
    NearestWeekday,
}

/// <summary>A holiday on the same date each year, e.g. Lincoln's Birthday, 12 February.</summary>
public sealed record FixedDateHoliday(string Name, int Month, int Day, WeekendObservance Observance) : HolidayRule(Name)
{
    protected override LocalDate? Observe(int year)
    {
        var date = new LocalDate(year, Month, Day);
        return (Observance, date.DayOfWeek) switch
        {
            (WeekendObservance.SundayToMonday or WeekendObservance.NearestWeekday, IsoDayOfWeek.Sunday) => date.PlusDays(1),
            (WeekendObservance.NearestWeekday, IsoDayOfWeek.Saturday) => date.PlusDays(-1),
            _ => date,
        };
    }
}

/// <summary>The Nth given weekday of a month (N = -1 for the last), e.g. Patriots' Day, the third Monday of April.</summary>
public sealed record NthWeekdayHoliday(string Name, int Month, IsoDayOfWeek Weekday, int N) : HolidayRule(Name)
{
    protected override LocalDate? Observe(int year) =>
        N == -1 ? LastWeekday(year, Month, Weekday) : NthWeekday(year, Month, Weekday, N);
}

/// <summary>A day relative to Western Easter Sunday, e.g. Good Friday (-2).</summary>
public sealed record EasterHoliday(string Name, int DaysFromEaster) : HolidayRule(Name)
{
    protected override LocalDate? Observe(int year) => EasterSunday(year).PlusDays(DaysFromEaster);
}

/// <summary>A day a number of days after another holiday, e.g. the day after Thanksgiving.</summary>
public sealed record RelativeHoliday(string Name, HolidayRule Base, int Days) : HolidayRule(Name)
{
    protected override LocalDate? Observe(int year) => Base.ObservedIn(year)?.PlusDays(Days);
}

/// <summary>
/// General election day: the Tuesday after the first Monday of November (2 U.S.C. §7), every
/// year or, where state law makes only the statewide general election a holiday, in even years.
/// </summary>
public sealed record ElectionDayHoliday(string Name, bool EvenYearsOnly) : HolidayRule(Name)
{
    protected override LocalDate? Observe(int year) =>
        EvenYearsOnly && year % 2 != 0 ? null : NthWeekday(year, 11, IsoDayOfWeek.Monday, 1).PlusDays(1);
}

/// <summary>A one-off closure on a single date, e.g. a day of mourning.</summary>
public sealed record OneOffHoliday(string Name, LocalDate Date) : HolidayRule(Name)
{
    protected override LocalDate? Observe(int year) => year == Date.Year ? Date : null;
}
