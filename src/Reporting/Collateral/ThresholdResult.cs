namespace Reporting.Collateral;

/// <summary>The Pledgor's Threshold on a Valuation Date: an amount, or null when infinite; and why.</summary>
public sealed record ThresholdResult(decimal? Amount, string Reason)
{
    public bool IsInfinite => Amount is null;
}
