using NodaTime;

namespace Reporting.Cap;

/// <summary>One Calculation Period of a cap, its dates and, once its rate is known, its payment.</summary>
/// <param name="Number">1-based period number.</param>
/// <param name="PeriodStart">Unadjusted start, as Schedule I lists it.</param>
/// <param name="PeriodEnd">Unadjusted end, as Schedule I lists it.</param>
/// <param name="AdjustedStart">The start of the Calculation Period (the previous adjusted Period End Date, or the unadjusted one when the terms accrue on unadjusted dates; the Effective Date for the first).</param>
/// <param name="AdjustedEnd">The end of the Calculation Period: the adjusted Period End Date (the unadjusted one when the terms accrue on unadjusted dates).</param>
/// <param name="PaymentDate">The Floating Rate Payer Payment Date.</param>
/// <param name="ResetDate">The first day of the Calculation Period.</param>
/// <param name="FixingDate">The day whose published rate applies.</param>
/// <param name="Days">Day count numerator between the adjusted dates.</param>
/// <param name="RatePercent">The fixing, when known.</param>
/// <param name="AppliedRatePercent">The rate after the ceiling: min(rate, ceiling).</param>
/// <param name="Amount">The Floating Amount, rounded to the cent; null while pending or missing.</param>
/// <param name="ScheduleLine">The Schedule I line (in <c>schedule.csv</c>) the notional and strike come from.</param>
public sealed record CapPeriod(
    int Number,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    LocalDate AdjustedStart,
    LocalDate AdjustedEnd,
    LocalDate PaymentDate,
    LocalDate ResetDate,
    LocalDate FixingDate,
    int Days,
    decimal Notional,
    decimal StrikePercent,
    decimal? RatePercent,
    decimal? AppliedRatePercent,
    decimal? Amount,
    CapPeriodStatus Status,
    int ScheduleLine)
{
    /// <summary>The Ceiling Rate of the period (Schedule I's, else the terms'); null for a plain cap.</summary>
    public decimal? CeilingPercent { get; init; }

    /// <summary>True when the rate is the one the confirmation states for the first period, not a fixing.</summary>
    public bool RateStated { get; init; }

    public bool IsException => Status == CapPeriodStatus.MissingFixing;

    /// <summary>max(0, applied rate − strike), in percent: the rate the Floating Amount is paid on; null while the rate is unknown.</summary>
    public decimal? SpreadPercent => AppliedRatePercent is { } applied ? Math.Max(0m, applied - StrikePercent) : null;
}
