using NodaTime;

namespace Reporting.Calendars;

/// <summary>A calendar whose holidays are generated once from rules, year by year, into a set.</summary>
internal sealed class RuleBasedCalendar : HolidayCalendar
{
    private readonly HashSet<LocalDate> holidays;

    public RuleBasedCalendar(string name, Func<int, IEnumerable<LocalDate>> holidaysOfYear)
    {
        Name = name;
        holidays = new HashSet<LocalDate>();
        for (int year = FirstYear; year <= LastYear; year++)
        {
            foreach (var day in holidaysOfYear(year))
            {
                if (!IsWeekend(day)) holidays.Add(day);
            }
        }
    }

    public override string Name { get; }

    public override bool IsHoliday(LocalDate date)
    {
        if (date.Year < FirstYear || date.Year > LastYear)
        {
            throw new DateOutsideCalendarException(Name, date);
        }
        return holidays.Contains(date);
    }
}
