using NodaTime;
using Reporting.Collateral;

namespace Reporting.Cycle.Models;

/// <summary>One Valuation Date's figures, line by line, as notices, statements and workbooks show them.</summary>
public sealed record ValuationModel(
    LocalDate ValuationDate,
    decimal? Threshold,
    string ThresholdReason,
    decimal? InternalExposure,
    decimal? ExternalExposure,
    bool ExternalRuleApplies,
    decimal? Exposure,
    string ExposureReason,
    string? FactorRow,
    decimal FactorPercent,
    decimal BufferNotional,
    decimal VolatilityBuffer,
    decimal? ModifiedExposure,
    decimal IndependentAmount,
    decimal? CreditSupportAmount,
    IReadOnlyList<HoldingModel> Holdings,
    IReadOnlyList<ExclusionModel> Excluded,
    decimal EligibleValue,
    decimal ExcludedByLimits,
    decimal PostedValue,
    decimal? Shortfall,
    decimal? Excess,
    decimal MinimumTransferAmount,
    decimal RoundingMultiple,
    decimal? DeliveryAmount,
    decimal? ReturnAmount,
    LocalDate NotificationDate,
    string NotificationTime,
    LocalDate TransferDue,
    IReadOnlyList<string> Exceptions)
{
    public static ValuationModel From(CollateralValuation v, CreditSupportAnnexTerms terms) => new(
            v.ValuationDate, v.Threshold.Amount, v.Threshold.Reason,
            v.Exposure.Internal, v.Exposure.External, v.Exposure.ExternalRuleApplies, v.Exposure.Used, v.Exposure.Reason,
            v.VolatilityBuffer.Row, v.VolatilityBuffer.FactorPercent, v.VolatilityBuffer.Notional, v.VolatilityBuffer.Amount,
            v.ModifiedExposure, v.IndependentAmount, v.CreditSupportAmount,
            v.Holdings.Select(HoldingModel.From).ToArray(),
            v.Excluded.Select(e => new ExclusionModel(e.Rule, e.Type, e.Issuer, e.SecurityId, e.Amount, e.Reason, ExclusionWhyModel.From(e.Why))).ToArray(),
            v.EligibleValue, v.ExcludedByLimits, v.PostedValue, v.Shortfall, v.Excess,
            v.MinimumTransferAmount, terms.RoundingMultiple, v.DeliveryAmount, v.ReturnAmount,
            v.NotificationDate, v.NotificationTime, v.TransferDue, v.Exceptions);
}

public sealed record HoldingModel(
    string Type,
    string SecurityId,
    string Issuer,
    LocalDate? MaturityDate,
    int? RemainingDays,
    decimal MarketValue,
    bool Eligible,
    string? Bucket,
    decimal? ValuationPercent,
    decimal Value,
    string? Reason)
{
    public static HoldingModel From(HoldingValuation h) => new(
        h.Holding.Type, h.Holding.SecurityId, h.Holding.Issuer, h.Holding.MaturityDate, h.RemainingDays,
        h.Holding.MarketValue, h.Eligible, h.Bucket, h.ValuationPercent, h.Value, h.Reason);
}

/// <param name="Reason">The engine's own wording, kept for results.json and the statement; letters word <see cref="Why"/>.</param>
public sealed record ExclusionModel(string Rule, string Type, string? Issuer, string? SecurityId, decimal Amount, string Reason, ExclusionWhyModel? Why);

/// <summary>Why value was not counted, as facts (<see cref="ExclusionFacts"/>); the longest band as its bounds.</summary>
public sealed record ExclusionWhyModel(string Kind, LocalDate? MaturityDate, int? RemainingDays,
    int? BandAtMostYears, int? BandLessThanYears, int? BandAtMostDays, decimal? LimitPercent, decimal? Counted, decimal? Base, decimal? Cap)
{
    public static ExclusionWhyModel? From(ExclusionFacts? f) => f is null ? null : new(f.Kind, f.MaturityDate, f.RemainingDays,
        f.LongestBand?.AtMostYears, f.LongestBand?.LessThanYears, f.LongestBand?.AtMostDays, f.LimitPercent, f.Counted, f.Base, f.Cap);
}

/// <summary>The model of <c>documents/collateral-notice.sbn</c>: a Delivery Amount call or a Return Amount request.</summary>
public sealed record CollateralNoticeModel(
    DocumentHeader Document,
    DealModel Deal,
    PartyModel Sender,
    PartyModel Addressee,
    NoticeModel Notice,
    string Direction,
    PartyModel ValuationAgent,
    ValuationModel Valuation);
