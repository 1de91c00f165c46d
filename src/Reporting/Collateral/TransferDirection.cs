namespace Reporting.Collateral;

/// <summary>Which way Eligible Credit Support moves after a Valuation Date (1994 CSA Paragraph 3).</summary>
public enum TransferDirection
{
    /// <summary>The Pledgor delivers the Delivery Amount to the Secured Party.</summary>
    Delivery,

    /// <summary>The Secured Party returns the Return Amount to the Pledgor.</summary>
    Return,
}
