using NodaTime;
using Reporting.Calendars;

namespace Reporting.Collateral;

/// <summary>
/// Valuation Dates of Paragraph 13(c)(ii): the last Local Business Day of each week (weeks run
/// Monday to Sunday), or every Local Business Day when the annex values daily.
/// </summary>
public static class ValuationSchedule
{
    /// <summary>The Valuation Date of the week containing <paramref name="date"/>, or null for a week without a business day.</summary>
    public static LocalDate? OfWeek(LocalDate date, HolidayCalendar calendar)
    {
        var monday = date.PlusDays(1 - (int)date.DayOfWeek);
        var last = calendar.PreviousOrSame(monday.PlusDays(6));
        return last >= monday ? last : null;
    }

    public static bool IsValuationDate(LocalDate date, HolidayCalendar calendar) => OfWeek(date, calendar) == date;

    public static bool IsValuationDate(LocalDate date, HolidayCalendar calendar, ValuationFrequency frequency) =>
        frequency == ValuationFrequency.Daily ? calendar.IsBusinessDay(date) : IsValuationDate(date, calendar);

    /// <summary>Every weekly Valuation Date from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public static IReadOnlyList<LocalDate> Between(LocalDate from, LocalDate to, HolidayCalendar calendar)
    {
        var dates = new List<LocalDate>();
        for (var monday = from.PlusDays(1 - (int)from.DayOfWeek); monday <= to; monday = monday.PlusDays(7))
        {
            if (OfWeek(monday, calendar) is LocalDate d && d >= from && d <= to) dates.Add(d);
        }
        return dates;
    }

    /// <summary>Every Valuation Date of the frequency from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public static IReadOnlyList<LocalDate> Between(LocalDate from, LocalDate to, HolidayCalendar calendar, ValuationFrequency frequency)
    {
        if (frequency == ValuationFrequency.Weekly) return Between(from, to, calendar);
        var dates = new List<LocalDate>();
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            if (calendar.IsBusinessDay(d)) dates.Add(d);
        }
        return dates;
    }
}
