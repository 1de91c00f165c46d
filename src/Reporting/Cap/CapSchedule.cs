using NodaTime;

namespace Reporting.Cap;

/// <summary>
/// Generates a cap's Calculation Periods from its terms (Confirmation Part II): Period End
/// Dates on the same day of each month from the first one to the Termination Date, each
/// rolled by the business day convention; payment, reset and fixing dates from them.
/// </summary>
public static class CapSchedule
{
    public static IReadOnlyList<CapPeriodDates> Periods(CapTerms terms)
    {
        var floating = terms.Floating;
        var unadjustedEnds = UnadjustedPeriodEnds(terms);

        var periods = new List<CapPeriodDates>(unadjustedEnds.Count);
        var start = terms.EffectiveDate;
        var adjustedStart = terms.EffectiveDate;
        for (int i = 0; i < unadjustedEnds.Count; i++)
        {
            var end = unadjustedEnds[i];
            bool last = i == unadjustedEnds.Count - 1;
            // The Termination Date has its own adjustment in the confirmation; the others roll
            // by the floating leg's Business Day Convention.
            var adjustedEnd = last ? terms.TerminationAdjustment.Adjust(end) : floating.PeriodEndAdjustment.Adjust(end);
            var payment = floating.PaymentOffset.From(adjustedEnd);
            var reset = adjustedStart;
            var fixing = floating.FixingOffset.From(reset);
            var days = floating.DayCount.Days(adjustedStart, adjustedEnd);
            periods.Add(new CapPeriodDates(i + 1, start, end, adjustedStart, adjustedEnd, payment, reset, fixing, days));
            start = end;
            adjustedStart = adjustedEnd;
        }
        return periods;
    }

    /// <summary>The unadjusted Period End Dates: the first, then the same day of each later month, ending on the Termination Date.</summary>
    public static IReadOnlyList<LocalDate> UnadjustedPeriodEnds(CapTerms terms)
    {
        var ends = new List<LocalDate>();
        var first = terms.Floating.FirstPeriodEndDate;
        for (int months = 0; ; months++)
        {
            // Stepping from the first date (not from the previous end) keeps a day-31 schedule on
            // month ends after a short month.
            var end = first.PlusMonths(months);
            if (end >= terms.TerminationDate)
            {
                ends.Add(terms.TerminationDate);
                return ends;
            }
            ends.Add(end);
        }
    }
}
