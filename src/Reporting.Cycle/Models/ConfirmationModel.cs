namespace Reporting.Cycle.Models;

public sealed record ConfirmationModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Provider,
    PartyModel Counterparty,
    ConfirmationTerms Terms,
    IReadOnlyList<ScheduleLineModel> Schedule,
    ConfirmationRatings? Ratings,
    ConfirmationAnnex? Annex);

public sealed record ConfirmationTerms(
    string? Reference,
    NodaTime.LocalDate TradeDate,
    NodaTime.LocalDate EffectiveDate,
    NodaTime.LocalDate TerminationDate,
    AdjustmentModel TerminationAdjustment,
    string PremiumPayer,
    decimal PremiumAmount,
    string PremiumCurrency,
    NodaTime.LocalDate PremiumDate,
    string FloatingPayer,
    decimal? CeilingPercent,
    int PeriodEndDay,
    NodaTime.LocalDate FirstPeriodEndDate,
    AdjustmentModel PeriodEndAdjustment,
    int PaymentOffsetBusinessDays,
    string FloatingRateOption,
    string DesignatedMaturity,
    int FixingOffsetBusinessDays,
    CalendarModel FixingCalendar, // the days the fixing offset counts (documents/_business-days.sbn words them)
    string DayCount,
    CalendarModel Calendar,
    string CalculationAgent)
{
    /// <summary>How the Period End Dates are set: <c>day-of-month</c>, <c>end-of-month</c> or <c>listed</c> (the dates of Schedule I).</summary>
    public string PeriodEndRoll { get; init; } = "day-of-month";

    /// <summary>True when Calculation Periods run between unadjusted Period End Dates.</summary>
    public bool AccrualUnadjusted { get; init; }

    /// <summary>The Payment Dates' own adjustment; null when none.</summary>
    public AdjustmentModel? PaymentAdjustment { get; init; }

    /// <summary>The rate the confirmation states for the first Calculation Period, if any.</summary>
    public decimal? InitialRatePercent { get; init; }

    /// <summary>True when Schedule I sets a Ceiling Rate for each period.</summary>
    public bool CeilingPerPeriod { get; init; }
}

/// <summary>A business day adjustment as <c>documents/_adjustment.sbn</c> words it.</summary>
/// <param name="Convention">The convention's code, e.g. <c>modified-following</c>.</param>
public sealed record AdjustmentModel(string Convention, CalendarModel Calendar)
{
    public static AdjustmentModel From(Calendars.BusinessDayAdjustment adjustment) => new(adjustment.Convention.Name, CalendarModel.From(adjustment.Calendar));
}

/// <summary>A business day calendar as <c>documents/_business-days.sbn</c> words it.</summary>
/// <param name="Code">The calendar code, e.g. <c>USNY</c> or <c>USNY+US-MA</c>.</param>
/// <param name="Description">The deal's own words for a calendar it defines; null for the standard ones.</param>
public sealed record CalendarModel(string Code, string? Description)
{
    public static CalendarModel From(Calendars.HolidayCalendar calendar) => new(calendar.Name, calendar.Description);
}

/// <param name="CeilingPercent">The period's Ceiling Rate when Schedule I sets one per period.</param>
public sealed record ScheduleLineModel(NodaTime.LocalDate PeriodStart, NodaTime.LocalDate PeriodEnd, decimal Notional, decimal StrikePercent,
    decimal? CeilingPercent = null);

/// <summary>The ratings downgrade provisions as data; the template states them in words.</summary>
public sealed record ConfirmationRatings(string Provider, string Beneficiary, string AffectedParty, IReadOnlyList<ConfirmationRatingsEvent> Events);

/// <param name="Triggers">Each clause of the event's definition, for <c>documents/_trigger.sbn</c>.</param>
/// <param name="Remedies">Remedy codes: <c>credit-support-document</c>, <c>transfer</c>, <c>collateral-agreement</c>.</param>
/// <param name="CollateralDemand">True when, failing a remedy, the beneficiary must demand Eligible Collateral.</param>
/// <param name="Name">The event's full name: "Ratings Event II", "Moody's Second Trigger Ratings Event".</param>
/// <param name="Notice">The notice deadline; null when the clause asks for no notice.</param>
public sealed record ConfirmationRatingsEvent(
    string Event,
    string Name,
    string? Description,
    IReadOnlyList<ClauseModel> Triggers,
    DaysRuleModel? Notice,
    DaysRuleModel Remedy,
    IReadOnlyList<string> Remedies,
    bool CollateralDemand,
    IReadOnlyList<RestrictionModel> Restrictions);

/// <summary>A deadline as a count of days, business (of a named calendar) or calendar.</summary>
public sealed record DaysRuleModel(int Days, bool BusinessDays, string Calendar);

public sealed record RestrictionModel(string Clause, IReadOnlyList<string> Remedies);

/// <summary>The Paragraph 13 elections as data; the template states them in words.</summary>
public sealed record ConfirmationAnnex(
    string SecuredParty,
    string Pledgor,
    string PledgorKey,
    string ValuationAgent,
    string Calendar,
    IReadOnlyList<ClauseModel> ThresholdTriggers,
    decimal ThresholdAmount,
    decimal IndependentAmount,
    IReadOnlyList<ClauseModel> ExternalMarkTriggers,
    int ExternalMarkValidMonths,
    int MinimumBids,
    int VerifierLimitTimes,
    int VerifierLimitMonths,
    IReadOnlyList<int> FactorColumnsYears,
    IReadOnlyList<FactorRowModel> FactorRows,
    IReadOnlyList<EligibleCollateralModel> EligibleCollateral,
    IReadOnlyList<ConcentrationLimitModel> ConcentrationLimits,
    decimal MinimumTransferAmount,
    decimal RoundingMultiple,
    int NotificationBusinessDays,
    string NotificationTime,
    int TransferBusinessDays,
    int InterestTransferBusinessDay,
    bool BufferByRemainingLife = false)
{
    /// <summary>True when every Local Business Day is a Valuation Date; null (absent from results.json) for weekly valuation.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public bool? DailyValuation { get; init; }

    /// <summary>One Credit Support Amount per rating agency; null (absent from results.json) for the single-amount annex.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AgencyAnnexModel>? AgencyAmounts { get; init; }
}

/// <summary>
/// One agency's Credit Support Amount as the confirmation's annex states it: when it applies, the
/// share of the Exposure, the add-ons for the deal's valuation frequency, the agency's buffer table
/// and its own Valuation Percentages.
/// </summary>
public sealed record AgencyAnnexModel(
    string Name,
    IReadOnlyList<ClauseModel> Conditions,
    decimal ExposurePercent,
    decimal? NotionalPercent,
    decimal? Dv01Multiplier,
    IReadOnlyList<int> FactorColumnsYears,
    IReadOnlyList<FactorRowModel> FactorRows,
    bool BufferByRemainingLife,
    IReadOnlyList<EligibleCollateralModel> ValuationPercentages);

public sealed record FactorRowModel(string Name, IReadOnlyList<decimal> Percents);

public sealed record EligibleCollateralModel(string Type, string Description, IReadOnlyList<MaturityBandModel> Bands, IReadOnlyList<string> ExcludedIssuers);

/// <summary>A Valuation Percentage for a remaining-maturity band; at most one bound is set, none for "otherwise".</summary>
public sealed record MaturityBandModel(decimal ValuationPercent, int? AtMostYears, int? LessThanYears, int? AtMostDays);

public sealed record ConcentrationLimitModel(string Type, decimal? IssuerPercentOfType, decimal? PercentOfTotal);
