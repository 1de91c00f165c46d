using System.Text.Json.Serialization;
using Reporting.Collateral;

namespace Reporting.Cycle.Models;

/// <summary>
/// One rating agency's Credit Support Amount on a Valuation Date, as letters, the statement and
/// the workbook show it (<see cref="AgencyCreditSupportResult"/>). Percentages also come as
/// fractions for the workbook's percent cells.
/// </summary>
/// <param name="Governs">True for the agency whose amount sets the Delivery and Return Amounts.</param>
/// <param name="Difference">Credit Support Amount less Posted Value: positive short, negative in excess; null when unknown.</param>
public sealed record AgencyAmountModel(
    string Id,
    string Name,
    bool Applies,
    IReadOnlyList<ClauseModel> Conditions,
    decimal ExposurePercent,
    decimal? ExposurePart,
    decimal? NotionalPercent,
    decimal? NotionalAddOn,
    decimal? Dv01,
    decimal? Dv01Multiplier,
    decimal? Dv01AddOn,
    string? FactorRow,
    decimal? FactorPercent,
    decimal? BufferNotional,
    decimal? VolatilityBuffer,
    decimal? AddOn,
    decimal? ModifiedExposure,
    decimal? CreditSupportAmount,
    decimal PostedValue,
    decimal? Difference,
    bool Governs)
{
    public decimal ExposureFraction => ExposurePercent / 100m;

    public decimal? NotionalFraction => NotionalPercent / 100m;

    public decimal? FactorFraction => FactorPercent / 100m;

    /// <summary>The holdings at this agency's Valuation Percentages, for the workbook.</summary>
    [JsonIgnore]
    public IReadOnlyList<HoldingModel> Holdings { get; init; } = [];

    public static AgencyAmountModel From(AgencyCreditSupportResult a, string? governing) => new(
        a.Id, a.Name, a.Applies, a.Holding.Select(ClauseModel.From).ToArray(), a.ExposurePercent, a.ExposurePart,
        a.NotionalPercent, a.NotionalAddOn, a.Dv01, a.Dv01Multiplier, a.Dv01AddOn,
        a.VolatilityBuffer?.Row, a.VolatilityBuffer?.FactorPercent, a.VolatilityBuffer?.Notional, a.VolatilityBuffer?.Amount,
        a.AddOn, a.ModifiedExposure, a.CreditSupportAmount, a.PostedValue, a.Difference, a.Id == governing)
    {
        Holdings = a.Holdings.Select(HoldingModel.From).ToArray(),
    };
}
