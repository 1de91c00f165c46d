namespace Reporting.Collateral;

/// <summary>
/// How often Paragraph 13(c)(ii) makes a Valuation Date. Some per-agency add-ons depend on it:
/// Moody's multipliers of 2006–2008 are smaller "if each Local Business Day is a Valuation Date".
/// </summary>
public enum ValuationFrequency
{
    /// <summary>The last Local Business Day of each week (<c>last-local-business-day-of-week</c>).</summary>
    Weekly,

    /// <summary>Every Local Business Day (<c>every-local-business-day</c>).</summary>
    Daily,
}
