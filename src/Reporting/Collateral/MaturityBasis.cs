namespace Reporting.Collateral;

/// <summary>What the maturity columns of the Volatility Buffer's Factor table are read against.</summary>
public enum MaturityBasis
{
    /// <summary>The transaction's original maturity, Effective Date to Termination Date (the 2006 GMACM annex).</summary>
    OriginalMaturity,

    /// <summary>
    /// The transaction's remaining weighted average life on the Valuation Date (S&amp;P's tables
    /// of 2006–2008): each remaining part of a Calculation Period weighted by its Notional Amount,
    /// in years of 365 days, divided by the current Notional Amount.
    /// </summary>
    RemainingWeightedAverageLife,
}
