using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// A day is a business day only when it is one in every member calendar, as when a PSA's
/// "Business Day" excludes the holidays of several states.
/// </summary>
internal sealed class UnionCalendar : HolidayCalendar
{
    private readonly IReadOnlyList<HolidayCalendar> _members;

    public UnionCalendar(IReadOnlyList<HolidayCalendar> members)
    {
        _members = members;
        Name = string.Join('+', members.Select(m => m.Name));
    }

    public override string Name { get; }

    public override bool IsHoliday(LocalDate date) => _members.Any(m => m.IsHoliday(date));
}
