namespace Reporting.Calendars;

/// <summary>
/// The calendars a deal may name: the standard ones of <see cref="HolidayCalendars"/> and those the
/// deal defines for itself in <c>deal.yaml</c> (<c>calendars:</c>), such as the holidays of the
/// city of a trustee's corporate trust office. Names are compared without regard to case.
/// </summary>
public sealed class CalendarCatalog
{
    private readonly IReadOnlyDictionary<string, HolidayCalendar> defined;

    public CalendarCatalog(IReadOnlyDictionary<string, HolidayCalendar> defined) =>
        this.defined = new Dictionary<string, HolidayCalendar>(defined, StringComparer.OrdinalIgnoreCase);

    /// <summary>The standard calendars only.</summary>
    public static CalendarCatalog Standard { get; } = new(new Dictionary<string, HolidayCalendar>());

    public IReadOnlyCollection<string> DefinedNames => defined.Keys.ToArray();

    /// <summary>Looks up a calendar or a '+'-joined union of standard and deal-defined calendars.</summary>
    public bool TryParse(string name, out HolidayCalendar calendar)
    {
        calendar = null!;
        var members = new List<HolidayCalendar>();
        foreach (var part in name.Split('+', StringSplitOptions.TrimEntries))
        {
            HolidayCalendar? member = defined.TryGetValue(part, out var own) ? own
                : HolidayCalendars.TryParse(part, out var standard) ? standard : null;
            if (member is null) return false;
            if (!members.Contains(member)) members.Add(member);
        }
        if (members.Count == 0) return false;
        calendar = members.Count == 1 ? members[0] : new UnionCalendar(members);
        return true;
    }

    /// <summary>A calendar key's value as a terms parser: the calendar, or what was expected.</summary>
    public (HolidayCalendar? Value, string? Expected) Parse(string text) =>
        TryParse(text, out var calendar) ? (calendar, null) : (null, $"a calendar ({Expected})");

    /// <summary>What a calendar name may be, for messages.</summary>
    public string Expected => defined.Count == 0
        ? HolidayCalendars.Expected
        : $"{string.Join(", ", HolidayCalendars.KnownNames.Concat(defined.Keys))} or a union such as USNY+GBLO";
}
