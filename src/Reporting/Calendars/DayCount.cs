using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// A day count convention: how many days a period has and what fraction of a year they are.
/// A named value with a standard set of instances, as Strata's <c>DayCounts</c>.
/// </summary>
public sealed class DayCount
{
    private readonly Func<LocalDate, LocalDate, int> _days;

    private DayCount(string name, int basis, Func<LocalDate, LocalDate, int> days)
    {
        Name = name;
        Basis = basis;
        _days = days;
    }

    /// <summary>Name as deal files write it: <c>ACT/360</c>, <c>30/360</c>.</summary>
    public string Name { get; }

    /// <summary>The denominator of the year fraction.</summary>
    public int Basis { get; }

    /// <summary>Actual days between the two dates over 360 (the ISDA "Actual/360").</summary>
    public static DayCount Act360 { get; } = new("ACT/360", 360, (start, end) => Period.DaysBetween(start, end));

    /// <summary>
    /// 30/360 (the ISDA "30/360" or Bond Basis): a day 31 becomes 30, and an end day 31
    /// becomes 30 only when the start day is 30 or 31. Used for mortgage interest.
    /// </summary>
    public static DayCount Thirty360 { get; } = new("30/360", 360, (start, end) =>
    {
        int d1 = Math.Min(start.Day, 30);
        int d2 = end.Day == 31 && d1 == 30 ? 30 : end.Day;
        return 360 * (end.Year - start.Year) + 30 * (end.Month - start.Month) + (d2 - d1);
    });

    public static IReadOnlyList<DayCount> All { get; } = new[] { Act360, Thirty360 };

    /// <summary>The day count numerator from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public int Days(LocalDate start, LocalDate end) => _days(start, end);

    /// <summary>The year fraction as an exact decimal (days / basis).</summary>
    public decimal YearFraction(LocalDate start, LocalDate end) => (decimal)Days(start, end) / Basis;

    public static bool TryParse(string name, out DayCount dayCount)
    {
        var normalized = name.Replace("ACTUAL", "ACT", StringComparison.OrdinalIgnoreCase);
        dayCount = All.FirstOrDefault(c => string.Equals(c.Name, normalized, StringComparison.OrdinalIgnoreCase))!;
        return dayCount is not null;
    }

    public override string ToString() => Name;
}
