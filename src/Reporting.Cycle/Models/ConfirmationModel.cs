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
    string TerminationAdjustment,
    string PremiumPayer,
    decimal PremiumAmount,
    string PremiumCurrency,
    NodaTime.LocalDate PremiumDate,
    string FloatingPayer,
    decimal? CeilingPercent,
    int PeriodEndDay,
    NodaTime.LocalDate FirstPeriodEndDate,
    string PeriodEndAdjustment,
    int PaymentOffsetBusinessDays,
    string FloatingRateOption,
    string DesignatedMaturity,
    int FixingOffsetBusinessDays,
    string FixingCalendar,
    string DayCount,
    string CalendarName,
    string CalculationAgent);

public sealed record ScheduleLineModel(NodaTime.LocalDate PeriodStart, NodaTime.LocalDate PeriodEnd, decimal Notional, decimal StrikePercent);

/// <summary>The ratings downgrade provisions as the confirmation states them, one entry an event.</summary>
public sealed record ConfirmationRatings(IReadOnlyList<ConfirmationRatingsEvent> Events);

public sealed record ConfirmationRatingsEvent(string Event, string TriggerText, string NoticeText, string RemedyText, string RemediesText, string? ExtraText);

/// <summary>Paragraph 13 elections, each a label and a sentence built from the terms.</summary>
public sealed record ConfirmationAnnex(IReadOnlyList<AnnexItem> Items);

public sealed record AnnexItem(string Label, string Text);
