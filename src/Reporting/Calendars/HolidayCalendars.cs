namespace Reporting.Calendars;

/// <summary>
/// The standard calendars by name (<c>USNY</c>, <c>GBLO</c> and the state calendars of
/// <see cref="StateCalendars"/>), and unions of them such as <c>USNY+GBLO</c> or <c>USNY+US-MD+US-MA</c>.
/// </summary>
public static class HolidayCalendars
{
    private static readonly Lazy<HolidayCalendar> usny = new(UsnyCalendar.Create);
    private static readonly Lazy<HolidayCalendar> gblo = new(GbloCalendar.Create);

    public static HolidayCalendar Usny => usny.Value;
    public static HolidayCalendar Gblo => gblo.Value;

    /// <summary>Every day a business day: the calendar of a count of calendar days.</summary>
    public static HolidayCalendar NoHolidays { get; } = new NoHolidaysCalendar();

    public static IReadOnlyList<string> KnownNames { get; } = new[] { "USNY", "GBLO" }.Concat(StateCalendars.Codes).ToArray();

    /// <summary>Looks up a calendar or a '+'-joined union; false when a member is unknown.</summary>
    public static bool TryParse(string name, out HolidayCalendar calendar)
    {
        calendar = null!;
        var members = new List<HolidayCalendar>();
        foreach (var part in name.Split('+', StringSplitOptions.TrimEntries))
        {
            var member = part.ToUpperInvariant() switch
            {
                "USNY" => Usny,
                "GBLO" => Gblo,
                _ => StateCalendars.Find(part),
            };
            if (member is null) return false;
            if (!members.Contains(member)) members.Add(member);
        }
        if (members.Count == 0) return false;
        calendar = members.Count == 1 ? members[0] : new UnionCalendar(members);
        return true;
    }

    public static HolidayCalendar Parse(string name) =>
        TryParse(name, out var calendar)
            ? calendar
            : throw new ArgumentException($"'{name}' is not a known calendar (expected {Expected}).", nameof(name));

    /// <summary>What a calendar name may be, for messages.</summary>
    public static string Expected => $"{string.Join(", ", KnownNames)} or a union such as USNY+GBLO";
}
