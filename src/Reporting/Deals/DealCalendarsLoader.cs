using NodaTime;
using Reporting.Calendars;
using Reporting.Inputs;

namespace Reporting.Deals;

/// <summary>
/// Reads the <c>calendars:</c> section of the terms file: calendars a deal defines for itself,
/// each the union of standard calendars it names and holidays written as rules, e.g. the holidays
/// of the city of the trustee's corporate trust office.
/// </summary>
/// <example>
/// <code>
/// calendars:
///   BOSTON:
///     union: [USNY, US-MA]
///     holidays:
///       - {name: Evacuation Day, month: 3, day: 17, observed: sunday-to-monday}
///       - {name: Good Friday, easter_offset: -2}
///       - {name: Day after Thanksgiving, month: 11, weekday: thursday, nth: 4, days_after: 1}
/// </code>
/// </example>
internal static class DealCalendarsLoader
{
    private static readonly string[] _observances = { "none", "sunday-to-monday", "nearest-weekday" };
    private static readonly string[] _weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    private static readonly string[] _electionYears = { "every-year", "even-years" };

    public static CalendarCatalog Read(TermsNode root)
    {
        var defined = new Dictionary<string, HolidayCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in root.NamedSections("calendars"))
        {
            if (name.Length == 0 || name.Contains('+') || HolidayCalendars.TryParse(name, out _))
            {
                node.Error("union", $"'{name}' cannot name a calendar of the deal (expected a name without '+' that is not a standard calendar: {string.Join(", ", HolidayCalendars.KnownNames)})");
                continue;
            }
            var description = node.OptionalString("description");
            var members = new List<HolidayCalendar>();
            foreach (var member in node.StringList("union"))
            {
                if (HolidayCalendars.TryParse(member, out var standard)) members.Add(standard);
                else node.Error("union", $"'{member}' is not a standard calendar (expected {HolidayCalendars.Expected})");
            }
            var rules = node.SectionList("holidays").Select(ReadRule).OfType<HolidayRule>().ToArray();
            if (members.Count == 0 && rules.Length == 0) node.Error("holidays", "the calendar has no holidays and joins no calendar (expected union, holidays or both)");
            if (rules.Length > 0) members.Add(HolidayRuleCalendar.Create(name, rules));
            node.RejectUnknownKeys();
            if (members.Count > 0)
                defined[name] = members.Count == 1 && description is null ? members[0] : new NamedUnion(name, members, description);
        }
        return new CalendarCatalog(defined);
    }

    /// <summary>One holiday rule: a date, a month and day, the Nth weekday of a month, an Easter offset or election day.</summary>
    private static HolidayRule? ReadRule(TermsNode node)
    {
        var name = node.RequiredString("name");
        var date = node.OptionalDate("date");
        var month = node.OptionalInt("month");
        var day = node.OptionalInt("day");
        var weekday = node.OptionalChoice("weekday", _weekdays);
        var nthText = node.OptionalString("nth");
        var easter = node.OptionalInt("easter_offset");
        var election = node.OptionalChoice("election_day", _electionYears);
        var observed = node.OptionalChoice("observed", _observances);
        var daysAfter = node.OptionalInt("days_after") ?? 0;
        var from = node.OptionalInt("from_year");
        var to = node.OptionalInt("to_year");
        node.RejectUnknownKeys();

        int kinds = (date is not null ? 1 : 0) + (day is not null ? 1 : 0) + (weekday is not null ? 1 : 0) + (easter is not null ? 1 : 0) + (election is not null ? 1 : 0);
        if (kinds != 1)
        {
            node.Error("name", $"holiday '{name}' must give exactly one of: date; month and day; month, weekday and nth; easter_offset; election_day");
            return null;
        }
        if ((day is not null || weekday is not null) && month is null)
        {
            if (!node.Has("month")) node.Error("month", "required key is missing (expected the month, 1 to 12)");
            return null;
        }
        if (month is < 1 or > 12) { node.Error("month", $"{month} is not a month (expected 1 to 12)"); return null; }

        HolidayRule? rule = null;
        if (date is { } d) rule = new OneOffHoliday(name, d);
        else if (day is { } dd)
        {
            if (dd < 1 || dd > 31 || (month == 2 && dd > 28)) { node.Error("day", $"{dd} is not a day of month {month} in every year (expected 1 to {(month == 2 ? 28 : 31)})"); return null; }
            rule = new FixedDateHoliday(name, month!.Value, dd, observed switch
            {
                "sunday-to-monday" => WeekendObservance.SundayToMonday,
                "nearest-weekday" => WeekendObservance.NearestWeekday,
                _ => WeekendObservance.None,
            });
        }
        else if (weekday is not null)
        {
            int? nth = nthText is null ? null : nthText == "last" ? -1 : ValueParsers.TryParseInt(nthText, out var n) && n is >= 1 and <= 4 ? n : null;
            if (nth is null) { node.Error("nth", $"'{nthText}' is not which weekday of the month (expected 1 to 4, or last)"); return null; }
            rule = new NthWeekdayHoliday(name, month!.Value, (IsoDayOfWeek)(Array.IndexOf(_weekdays, weekday) + 1), nth.Value);
        }
        else if (easter is { } e) rule = new EasterHoliday(name, e);
        else if (election is not null) rule = new ElectionDayHoliday(name, EvenYearsOnly: election == "even-years");

        if (daysAfter != 0) rule = new RelativeHoliday(name, rule!, daysAfter);
        return rule! with { FromYear = from, ToYear = to };
    }

    /// <summary>A deal calendar that joins standard calendars and its own holidays, under the deal's name for it.</summary>
    private sealed class NamedUnion : HolidayCalendar
    {
        private readonly IReadOnlyList<HolidayCalendar> _members;

        public NamedUnion(string name, IReadOnlyList<HolidayCalendar> members, string? description)
        {
            Name = name;
            _members = members;
            Description = description;
        }

        public override string Name { get; }

        public override string? Description { get; }

        public override bool IsHoliday(LocalDate date) => _members.Any(m => m.IsHoliday(date));
    }
}
