namespace Reporting.Collateral;

/// <summary>
/// Paragraph 13(b)(ii)(e),(f): how much of one collateral type counts. Value beyond a limit
/// counts as zero and is reported.
/// </summary>
/// <param name="IssuerPercentOfType">One issuer's paper counts up to this percent of the Value of all posted paper of the type (33).</param>
/// <param name="PercentOfTotal">The type counts up to this percent of the total Value of Posted Collateral, itself included (20).</param>
public sealed record ConcentrationLimit(string Type, decimal? IssuerPercentOfType, decimal? PercentOfTotal);
