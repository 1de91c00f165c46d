using NodaTime;

namespace Reporting.Cap;

/// <summary>
/// A line of Schedule I: the Notional Amount and Cap Strike of one Calculation Period (unadjusted
/// dates) and, where the schedule sets one per period, its Ceiling Rate.
/// </summary>
/// <param name="CeilingPercent">
/// The period's Ceiling Rate (the <c>ceiling_percent</c> column), as the BNY corridors of 2007 set
/// one per period; null when the schedule has none for the period.
/// </param>
public sealed record ScheduleLine(LocalDate PeriodStart, LocalDate PeriodEnd, decimal Notional, decimal StrikePercent, int Line,
    decimal? CeilingPercent = null);
