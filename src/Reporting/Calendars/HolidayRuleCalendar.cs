namespace Reporting.Calendars;

/// <summary>A calendar defined by its holiday rules, with a name and where its rules come from.</summary>
public static class HolidayRuleCalendar
{
    /// <summary>Builds the calendar for 1950-2099 from the rules.</summary>
    public static HolidayCalendar Create(string name, IReadOnlyList<HolidayRule> rules) =>
        new RuleBasedCalendar(name, year => rules.Select(r => r.ObservedIn(year)).OfType<NodaTime.LocalDate>());
}
