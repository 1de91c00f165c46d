using NodaTime;

namespace Reporting.Cap;

/// <summary>The dates of one Calculation Period, before any rate is looked at.</summary>
public sealed record CapPeriodDates(
    int Number,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    LocalDate AdjustedStart,
    LocalDate AdjustedEnd,
    LocalDate PaymentDate,
    LocalDate ResetDate,
    LocalDate FixingDate,
    int Days);
