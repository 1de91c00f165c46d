using NodaTime;

namespace Reporting.Cap;

/// <summary>
/// How a confirmation names its unadjusted Period End Dates, in the manner of Strata's roll
/// conventions: the same day of each month ("the 25th of each month"), the last day of each
/// month ("the last day of every month"), or a list written out (a Schedule A of dates), either
/// in the terms or as the <c>period_end</c> column of Schedule I.
/// </summary>
public sealed record PeriodEndDates
{
    private PeriodEndDates(PeriodEndRoll roll, LocalDate first, IReadOnlyList<LocalDate> listed)
    {
        Roll = roll;
        First = first;
        Listed = listed;
    }

    public PeriodEndRoll Roll { get; }

    /// <summary>The first unadjusted Period End Date (for a list, its first entry; unknown for <see cref="PeriodEndRoll.FromSchedule"/> until resolved).</summary>
    public LocalDate First { get; }

    /// <summary>The dates of a list, the last being the Termination Date; empty for a roll.</summary>
    public IReadOnlyList<LocalDate> Listed { get; }

    public static PeriodEndDates DayOfMonth(LocalDate first) => new(PeriodEndRoll.DayOfMonth, first, Array.Empty<LocalDate>());

    public static PeriodEndDates EndOfMonth(LocalDate first) => new(PeriodEndRoll.EndOfMonth, first, Array.Empty<LocalDate>());

    public static PeriodEndDates List(IReadOnlyList<LocalDate> dates) =>
        new(PeriodEndRoll.Listed, dates.Count > 0 ? dates[0] : default, dates.ToArray());

    /// <summary>The dates are those Schedule I ends its lines on; <see cref="CapTerms.WithSchedule"/> turns this into a list.</summary>
    public static PeriodEndDates FromSchedule { get; } = new(PeriodEndRoll.FromSchedule, default, Array.Empty<LocalDate>());

    /// <summary>The unadjusted Period End Dates up to and including the Termination Date.</summary>
    public IReadOnlyList<LocalDate> Unadjusted(LocalDate terminationDate)
    {
        switch (Roll)
        {
            case PeriodEndRoll.Listed:
                return Listed;
            case PeriodEndRoll.FromSchedule:
                throw new InvalidOperationException("Period End Dates taken from Schedule I must be resolved against the schedule first.");
        }
        var ends = new List<LocalDate>();
        for (int months = 0; ; months++)
        {
            // Stepping from the first date (not from the previous end) keeps a day-31 schedule on
            // month ends after a short month.
            var end = First.PlusMonths(months);
            if (Roll == PeriodEndRoll.EndOfMonth) end = LastDayOfMonth(end);
            if (end >= terminationDate)
            {
                ends.Add(terminationDate);
                return ends;
            }
            ends.Add(end);
        }
    }

    public static LocalDate LastDayOfMonth(LocalDate date) =>
        new LocalDate(date.Year, date.Month, 1).PlusMonths(1).PlusDays(-1);

    public static bool IsLastDayOfMonth(LocalDate date) => date == LastDayOfMonth(date);
}

/// <summary>How the unadjusted Period End Dates follow one another.</summary>
public enum PeriodEndRoll
{
    /// <summary>The day of the month of the first Period End Date, each month.</summary>
    DayOfMonth,

    /// <summary>The last day of each month.</summary>
    EndOfMonth,

    /// <summary>A list written out in the terms.</summary>
    Listed,

    /// <summary>The <c>period_end</c> column of Schedule I.</summary>
    FromSchedule,
}
