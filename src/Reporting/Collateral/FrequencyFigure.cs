namespace Reporting.Collateral;

/// <summary>
/// A contract figure that may differ with the valuation frequency: one number for both, or one
/// for daily and one for weekly valuation ("2% if each Local Business Day is a Valuation Date,
/// otherwise 4%").
/// </summary>
public sealed record FrequencyFigure(decimal Daily, decimal Weekly)
{
    public static FrequencyFigure Same(decimal value) => new(value, value);

    public decimal For(ValuationFrequency frequency) => frequency == ValuationFrequency.Daily ? Daily : Weekly;
}
