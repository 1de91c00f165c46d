using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// How a date that is not a business day is moved onto one: a named market convention with a
/// standard set of instances, in the manner of Strata's <c>BusinessDayConventions</c>.
/// </summary>
public sealed class BusinessDayConvention
{
    private readonly Func<LocalDate, HolidayCalendar, LocalDate> _adjust;

    private BusinessDayConvention(string name, Func<LocalDate, HolidayCalendar, LocalDate> adjust)
    {
        Name = name;
        _adjust = adjust;
    }

    /// <summary>Name as deal files write it: <c>following</c>, <c>modified-following</c>, <c>preceding</c>, <c>none</c>.</summary>
    public string Name { get; }

    public static BusinessDayConvention None { get; } = new("none", (d, _) => d);

    public static BusinessDayConvention Following { get; } = new("following", (d, c) => c.NextOrSame(d));

    /// <summary>Following, unless that crosses into the next month; then Preceding.</summary>
    public static BusinessDayConvention ModifiedFollowing { get; } = new("modified-following", (d, c) =>
    {
        var next = c.NextOrSame(d);
        return next.Month == d.Month ? next : c.PreviousOrSame(d);
    });

    public static BusinessDayConvention Preceding { get; } = new("preceding", (d, c) => c.PreviousOrSame(d));

    public static IReadOnlyList<BusinessDayConvention> All { get; } =
        new[] { None, Following, ModifiedFollowing, Preceding };

    public LocalDate Adjust(LocalDate date, HolidayCalendar calendar) => _adjust(date, calendar);

    public static bool TryParse(string name, out BusinessDayConvention convention)
    {
        convention = All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))!;
        return convention is not null;
    }

    public override string ToString() => Name;
}
