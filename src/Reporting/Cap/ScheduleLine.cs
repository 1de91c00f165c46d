using NodaTime;

namespace Reporting.Cap;

/// <summary>A line of Schedule I: the Notional Amount and Cap Strike of one Calculation Period (unadjusted dates).</summary>
public sealed record ScheduleLine(LocalDate PeriodStart, LocalDate PeriodEnd, decimal Notional, decimal StrikePercent, int Line);
