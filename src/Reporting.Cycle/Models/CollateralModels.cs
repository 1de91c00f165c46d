using NodaTime;
using Reporting.Collateral;
using Reporting.Ratings;

namespace Reporting.Cycle.Models;

/// <summary>One Valuation Date's figures, line by line, as notices, statements and workbooks show them.</summary>
public sealed record ValuationModel(
    LocalDate ValuationDate,
    decimal? Threshold,
    decimal? InternalExposure,
    decimal? ExternalExposure,
    bool ExternalRuleApplies,
    decimal? Exposure,
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
    IReadOnlyList<ValuationExceptionModel> Exceptions)
{
    /// <summary>Why the Threshold is what it is: <c>event-of-default</c>, <c>no-credit-rating</c>, <c>conditions-hold</c> or <c>infinite</c>.</summary>
    public string ThresholdKind { get; init; } = "";

    /// <summary>For <c>event-of-default</c>: the first day of the Event of Default with respect to the Pledgor.</summary>
    public LocalDate? ThresholdDefaultSince { get; init; }

    /// <summary>The conditions of a finite Threshold that hold, for <c>documents/_trigger.sbn</c>.</summary>
    public IReadOnlyList<ClauseModel> ThresholdClauses { get; init; } = [];

    /// <summary>The Credit Ratings in force when the Threshold is infinite.</summary>
    public IReadOnlyList<RatingSeenModel> ThresholdRatings { get; init; } = [];

    /// <summary>Why the Exposure is what it is (<see cref="ExposureResult.Kind"/>), with the external date and bid count.</summary>
    public string ExposureKind { get; init; } = "";

    public LocalDate? ExternalDate { get; init; }

    /// <summary>The rating conditions under which the annex requires an external mark (the deal's <c>external_marks_when_any</c>), for <c>documents/_trigger.sbn</c>.</summary>
    public IReadOnlyList<ClauseModel> ExternalMarkClauses { get; init; } = [];

    public int BidCount { get; init; }

    /// <summary>One Credit Support Amount per rating agency; null (and absent from results.json) for the single-amount annex.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AgencyAmountModel>? Agencies { get; init; }

    /// <summary>The printed name of the agency whose amount governs ("Moody's First Trigger"); null when single or unknown.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? GoverningAgency { get; init; }

    public static ValuationModel From(CollateralValuation v, CreditSupportAnnexTerms terms) => new(
            v.ValuationDate, v.Threshold.Amount,
            v.Exposure.Internal, v.Exposure.External, v.Exposure.ExternalRuleApplies, v.Exposure.Used,
            v.VolatilityBuffer.Row, v.VolatilityBuffer.FactorPercent, v.VolatilityBuffer.Notional, v.VolatilityBuffer.Amount,
            v.ModifiedExposure, v.IndependentAmount, v.CreditSupportAmount,
            v.Holdings.Select(HoldingModel.From).ToArray(),
            v.Excluded.Select(e => new ExclusionModel(e.Rule, e.Type, e.Issuer, e.SecurityId, e.Amount, ExclusionWhyModel.From(e.Why))).ToArray(),
            v.EligibleValue, v.ExcludedByLimits, v.PostedValue, v.Shortfall, v.Excess,
            v.MinimumTransferAmount, terms.RoundingMultiple, v.DeliveryAmount, v.ReturnAmount,
            v.NotificationDate, v.NotificationTime, v.TransferDue, v.Exceptions.Select(ValuationExceptionModel.From).ToArray())
    {
        ThresholdKind = v.Threshold.Kind,
        ThresholdDefaultSince = v.Threshold.DefaultSince,
        ThresholdClauses = v.Threshold.Holding.Select(ClauseModel.From).ToArray(),
        ThresholdRatings = v.Threshold.InForce.Select(RatingSeenModel.From).ToArray(),
        ExposureKind = v.Exposure.Kind,
        ExternalDate = v.Exposure.ExternalDate,
        ExternalMarkClauses = terms.ExternalMarks.RequiredWhenAny.Select(ClauseModel.From).ToArray(),
        BidCount = v.Exposure.Bids.Count,
        Agencies = v.Agencies.Count == 0 ? null : v.Agencies.Select(a => AgencyAmountModel.From(a, v.GoverningAgency)).ToArray(),
        GoverningAgency = v.Agencies.FirstOrDefault(a => a.Id == v.GoverningAgency)?.Name,
    };
}

public sealed record HoldingModel(
    string Type,
    string SecurityId,
    string Issuer,
    LocalDate? MaturityDate,
    int? RemainingDays,
    decimal MarketValue,
    bool Eligible,
    BandModel? Band,
    decimal? ValuationPercent,
    decimal Value,
    ExclusionWhyModel? Why)
{
    public static HoldingModel From(HoldingValuation h) => new(
        h.Holding.Type, h.Holding.SecurityId, h.Holding.Issuer, h.Holding.MaturityDate, h.RemainingDays,
        h.Holding.MarketValue, h.Eligible, BandModel.From(h.Bucket), h.ValuationPercent, h.Value, ExclusionWhyModel.From(h.Why));
}

/// <summary>A remaining-maturity band of an Eligible Collateral type, as bounds <c>documents/_band.sbn</c> words; all null for any maturity.</summary>
public sealed record BandModel(int? AtMostYears, int? LessThanYears, int? AtMostDays)
{
    public static BandModel? From(MaturityBucket? b) => b is null ? null : new(b.AtMostYears, b.LessThanYears, b.AtMostDays);
}

/// <summary>Something on a Valuation Date the Valuation Agent must look at (<see cref="ValuationIssue"/>), for <c>documents/_valuation-exception.sbn</c>.</summary>
/// <param name="Kind"><c>no-internal-mark</c>, <c>no-external-mark</c>, <c>too-few-bids</c>, <c>verifier-overused</c> or <c>factor-beyond-table</c>.</param>
public sealed record ValuationExceptionModel(string Kind, LocalDate? Date, LocalDate? After, IReadOnlyList<ClauseModel> Clauses,
    int? Count, int? Limit, int? Months, string? Provider, bool WeightedAverageLife, string? Agency)
{
    public static ValuationExceptionModel From(ValuationIssue i) => new(
        Reporting.RunFormat.ReportingJson.Serialize(i.Kind).Trim('"'), i.Date, i.After, (i.Clauses ?? []).Select(ClauseModel.From).ToArray(),
        i.Count, i.Limit, i.Months, i.Provider, i.WeightedAverageLife, i.Agency);
}

public sealed record ExclusionModel(string Rule, string Type, string? Issuer, string? SecurityId, decimal Amount, ExclusionWhyModel? Why);

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

/// <summary>A rating condition as facts for <c>documents/_trigger.sbn</c>: label, agency, term, comparison, level, negative watch.</summary>
/// <param name="IfNoRatingFor">For a conditional clause: the term the agency must have no rating for; null otherwise.</param>
public sealed record ClauseModel(string? Label, string Agency, string Term, string Comparison, string Level, bool OnWatchNegative, string? IfNoRatingFor = null)
{
    public static ClauseModel From(Reporting.Ratings.TriggerClause c) => new(c.Label, c.Scale.Agency.DisplayName, c.Scale.Term.Code(),
        c.Comparison == Reporting.Ratings.TriggerComparison.Below ? "below" : "at-or-below", c.Level, c.OnWatchNegative, c.IfNoRatingFor?.Code());
}

/// <summary>A rating as facts for <c>documents/_trigger-rating.sbn</c>: agency, term, grade, watch.</summary>
public sealed record RatingSeenModel(string Agency, string Term, string Rating, string Watch)
{
    public static RatingSeenModel From(Reporting.Ratings.CreditRating r) => new(r.Scale.Agency.DisplayName, r.Scale.Term.Code(), r.Symbol, r.Watch.Code());
}
