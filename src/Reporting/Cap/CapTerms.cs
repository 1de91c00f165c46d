using NodaTime;
using Reporting.Calendars;

namespace Reporting.Cap;

/// <summary>
/// The economic terms of a rate cap (or corridor) confirmation: dates, premium, and the
/// floating leg's conventions. Schedule I (notional and strike per period) is an input file.
/// </summary>
public sealed record CapTerms(
    string? Reference,
    LocalDate ConfirmationDate,
    LocalDate TradeDate,
    LocalDate EffectiveDate,
    LocalDate TerminationDate,
    BusinessDayAdjustment TerminationAdjustment,
    CapPremium Premium,
    FloatingLegTerms Floating,
    string CalculationAgent,
    string ScheduleFile,
    string FixingsFile)
{
    /// <summary>The Termination Date after its business day adjustment.</summary>
    public LocalDate AdjustedTerminationDate => TerminationAdjustment.Adjust(TerminationDate);

    /// <summary>
    /// The terms with Period End Dates taken from Schedule I made explicit (the <c>period_end</c>
    /// of each line, in order); other terms are returned unchanged.
    /// </summary>
    public CapTerms WithSchedule(IReadOnlyList<ScheduleLine> schedule) =>
        Floating.PeriodEnds.Roll != PeriodEndRoll.FromSchedule
            ? this
            : this with { Floating = Floating.WithPeriodEnds(PeriodEndDates.List(schedule.Select(l => l.PeriodEnd).ToArray())) };
}

/// <summary>The Fixed Amount paid for the cap.</summary>
public sealed record CapPremium(string Payer, LocalDate PaymentDate, decimal Amount, string Currency);

/// <summary>The Floating Rate Payer's side of the cap and the conventions that date and size its payments.</summary>
/// <param name="Payer">The party key of the Floating Rate Payer (the cap provider).</param>
/// <param name="Index">The rate index as <c>fixings.csv</c> names it, e.g. <c>USD-LIBOR-BBA-1M</c>.</param>
/// <param name="FloatingRateOption">As the confirmation names it, e.g. <c>USD-LIBOR-BBA</c>.</param>
/// <param name="DesignatedMaturity">As the confirmation names it, e.g. <c>One month</c>.</param>
/// <param name="CeilingPercent">The upper rate of a corridor (9.89 for 9.89%); null for a plain cap.</param>
/// <param name="FirstPeriodEndDate">The first unadjusted Period End Date; later ones fall on the same day of each month.</param>
/// <param name="PeriodEndAdjustment">How Period End Dates are rolled (Following, New York).</param>
/// <param name="PaymentOffset">
/// Payment Date from the adjusted Period End Date, in business days of the Payment Dates' own
/// calendar when they have one (<see cref="PaymentAdjustment"/>), else the period calendar:
/// -1 for "Early Payment" one Business Day before, 0 to pay on the Period End Date.
/// </param>
/// <param name="FixingOffset">Fixing date from the Reset Date: -2 GBLO for two London Business Days before.</param>
/// <param name="PeriodEnds">How the unadjusted Period End Dates are set: a monthly roll from <see cref="FirstPeriodEndDate"/>, or a list.</param>
/// <param name="AccrualDates">Whether Calculation Periods run between adjusted or unadjusted Period End Dates.</param>
/// <param name="PaymentAdjustment">
/// The Payment Dates' own business day adjustment, applied after the offset ("payable on the 25th,
/// subject to the Following Business Day Convention" while the periods stay unadjusted); null when
/// the Payment Date is only the offset from the rolled Period End Date.
/// </param>
/// <param name="InitialRatePercent">A rate the confirmation states for the first Calculation Period, used instead of a fixing.</param>
public sealed record FloatingLegTerms(
    string Payer,
    string Index,
    string FloatingRateOption,
    string DesignatedMaturity,
    decimal? CeilingPercent,
    DayCount DayCount,
    LocalDate FirstPeriodEndDate,
    BusinessDayAdjustment PeriodEndAdjustment,
    BusinessDayOffset PaymentOffset,
    BusinessDayOffset FixingOffset)
{
    public PeriodEndDates PeriodEnds { get; init; } = PeriodEndDates.DayOfMonth(FirstPeriodEndDate);

    public AccrualDates AccrualDates { get; init; } = AccrualDates.Adjusted;

    public BusinessDayAdjustment? PaymentAdjustment { get; init; }

    public decimal? InitialRatePercent { get; init; }

    public FloatingLegTerms WithPeriodEnds(PeriodEndDates ends) =>
        this with { PeriodEnds = ends, FirstPeriodEndDate = ends.Roll == PeriodEndRoll.FromSchedule ? FirstPeriodEndDate : ends.First };
}

/// <summary>Whether a Calculation Period runs between the adjusted or the unadjusted Period End Dates.</summary>
public enum AccrualDates
{
    /// <summary>Between the Period End Dates as rolled by the business day convention (the ISDA default).</summary>
    Adjusted,

    /// <summary>Between the unadjusted Period End Dates ("No Adjustment" for the Calculation Periods), whatever the Payment Dates do.</summary>
    Unadjusted,
}
