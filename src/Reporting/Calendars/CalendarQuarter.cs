using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// A Calendar Quarter as the RAMP 2006-RS3 amendment defines it: 1 Jan-31 Mar, 1 Apr-30 Jun,
/// 1 Jul-30 Sep, 1 Oct-31 Dec. Both ends inclusive.
/// </summary>
public readonly record struct CalendarQuarter(int Year, int Number)
{
    public static CalendarQuarter Containing(LocalDate date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public LocalDate Start => new(Year, 3 * (Number - 1) + 1, 1);

    public LocalDate End => Start.PlusMonths(3).PlusDays(-1);

    public CalendarQuarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public bool Contains(LocalDate date) => date >= Start && date <= End;

    public override string ToString() => $"{Year}-Q{Number}";
}
