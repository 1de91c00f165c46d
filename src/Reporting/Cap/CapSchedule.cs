using NodaTime;

namespace Reporting.Cap;

/// <summary>
/// Generates a cap's Calculation Periods from its terms (Confirmation Part II): unadjusted
/// Period End Dates by the terms' roll or list, each rolled by the business day convention;
/// Calculation Periods between the adjusted (or, when the terms say so, unadjusted) dates;
/// payment, reset and fixing dates from them.
/// </summary>
public static class CapSchedule
{
    public static IReadOnlyList<CapPeriodDates> Periods(CapTerms terms)
    {
        var floating = terms.Floating;
        var unadjustedEnds = UnadjustedPeriodEnds(terms);
        bool unadjustedAccrual = floating.AccrualDates == AccrualDates.Unadjusted;

        var periods = new List<CapPeriodDates>(unadjustedEnds.Count);
        var start = terms.EffectiveDate;
        var accrualStart = terms.EffectiveDate;
        for (int i = 0; i < unadjustedEnds.Count; i++)
        {
            var end = unadjustedEnds[i];
            bool last = i == unadjustedEnds.Count - 1;
            // The Termination Date has its own adjustment in the confirmation; the others roll
            // by the floating leg's Business Day Convention.
            var rolledEnd = last ? terms.TerminationAdjustment.Adjust(end) : floating.PeriodEndAdjustment.Adjust(end);
            var accrualEnd = unadjustedAccrual ? end : rolledEnd;
            var payment = PaymentDate(floating, rolledEnd);
            var reset = accrualStart;
            var fixing = floating.FixingOffset.From(reset);
            var days = floating.DayCount.Days(accrualStart, accrualEnd);
            periods.Add(new CapPeriodDates(i + 1, start, end, accrualStart, accrualEnd, payment, reset, fixing, days));
            start = end;
            accrualStart = accrualEnd;
        }
        return periods;
    }

    /// <summary>
    /// The Floating Rate Payer Payment Date: the offset in business days from the rolled Period
    /// End Date ("one Business Day preceding"), then the Payment Dates' own adjustment, if any.
    /// </summary>
    public static LocalDate PaymentDate(FloatingLegTerms floating, LocalDate rolledPeriodEnd)
    {
        var payment = floating.PaymentOffset.From(rolledPeriodEnd);
        return floating.PaymentAdjustment?.Adjust(payment) ?? payment;
    }

    /// <summary>The unadjusted Period End Dates, ending on the Termination Date.</summary>
    public static IReadOnlyList<LocalDate> UnadjustedPeriodEnds(CapTerms terms) =>
        terms.Floating.PeriodEnds.Unadjusted(terms.TerminationDate);
}
