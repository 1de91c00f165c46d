using NodaTime;
using Reporting.Cap;

namespace Reporting.Cycle.Models;

/// <summary>A Calculation Period with the working of its payment, as statements and workbooks show it.</summary>
/// <param name="SpreadPercent">max(0, applied rate − strike), in percent; null while the rate is unknown.</param>
public sealed record CapPeriodModel(
    int Period,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    LocalDate AdjustedStart,
    LocalDate AdjustedEnd,
    LocalDate PaymentDate,
    LocalDate FixingDate,
    int Days,
    int DayCountBasis,
    decimal Notional,
    decimal StrikePercent,
    decimal? RatePercent,
    decimal? CeilingPercent,
    decimal? AppliedRatePercent,
    decimal? SpreadPercent,
    decimal? Amount,
    string Status)
{
    /// <summary>True when the rate is the one the confirmation states for the first period, not a fixing.</summary>
    public bool RateStated { get; init; }

    /// <summary>True when the period's Ceiling Rate is Schedule I's own rather than one rate for all periods.</summary>
    public bool CeilingFromSchedule { get; init; }

    public static CapPeriodModel From(CapPeriod p, CapTerms terms) => new(
        p.Number, p.PeriodStart, p.PeriodEnd, p.AdjustedStart, p.AdjustedEnd, p.PaymentDate, p.FixingDate, p.Days,
        terms.Floating.DayCount.Basis, p.Notional, p.StrikePercent, p.RatePercent, p.CeilingPercent,
        p.AppliedRatePercent, p.SpreadPercent, p.Amount,
        p.Status.Name())
    {
        RateStated = p.RateStated,
        CeilingFromSchedule = p.CeilingPercent is not null && terms.Floating.CeilingPercent is null,
    };
}
