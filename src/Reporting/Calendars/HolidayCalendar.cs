using NodaTime;

namespace Reporting.Calendars;

/// <summary>
/// A set of business days, with the date arithmetic every contract needs: rolling by a
/// convention and counting business days.
/// </summary>
/// <remarks>
/// Implementations are immutable and precompute their holidays for <see cref="FirstYear"/> to
/// <see cref="LastYear"/>; asking about a date outside that range is a programming error rather
/// than a silent guess, because a wrong business day moves money and deadlines.
/// </remarks>
public abstract class HolidayCalendar
{
    public const int FirstYear = 1950;
    public const int LastYear = 2099;

    /// <summary>The calendar's name as deal files write it: <c>USNY</c>, <c>GBLO</c>, <c>USNY+GBLO</c>.</summary>
    public abstract string Name { get; }

    /// <summary>How documents name the calendar's days when the deal describes a calendar it defines; null otherwise.</summary>
    public virtual string? Description => null;

    /// <summary>True for a weekday that is not a business day.</summary>
    public abstract bool IsHoliday(LocalDate date);

    public virtual bool IsBusinessDay(LocalDate date) => !IsWeekend(date) && !IsHoliday(date);

    public static bool IsWeekend(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>The first business day on or after <paramref name="date"/>.</summary>
    public LocalDate NextOrSame(LocalDate date)
    {
        while (!IsBusinessDay(date)) date = date.PlusDays(1);
        return date;
    }

    /// <summary>The last business day on or before <paramref name="date"/>.</summary>
    public LocalDate PreviousOrSame(LocalDate date)
    {
        while (!IsBusinessDay(date)) date = date.PlusDays(-1);
        return date;
    }

    /// <summary>
    /// The Nth business day strictly after <paramref name="date"/> (N &gt; 0), or strictly
    /// before it (N &lt; 0). The date itself need not be a business day; N = 0 returns it unchanged.
    /// </summary>
    public LocalDate AddBusinessDays(LocalDate date, int count)
    {
        int step = Math.Sign(count);
        for (int remaining = Math.Abs(count); remaining > 0;)
        {
            date = date.PlusDays(step);
            if (IsBusinessDay(date)) remaining--;
        }
        return date;
    }

    /// <summary>Weekdays in [from, to] that are not business days, in order.</summary>
    public IEnumerable<LocalDate> Holidays(LocalDate from, LocalDate to)
    {
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            if (!IsWeekend(d) && IsHoliday(d)) yield return d;
        }
    }

    public override string ToString() => Name;
}
