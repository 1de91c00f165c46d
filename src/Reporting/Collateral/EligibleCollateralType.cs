namespace Reporting.Collateral;

/// <summary>
/// One kind of Eligible Collateral of Paragraph 13(b)(ii): its type code as <c>collateral.csv</c>
/// writes it, its maturity bands with Valuation Percentages, and issuers it may not come from.
/// </summary>
/// <param name="Type">cash, ust, agency or cp.</param>
/// <param name="ExcludedIssuers">Issuers whose paper is not eligible (the Pledgor and its Affiliates), compared without case.</param>
public sealed record EligibleCollateralType(
    string Type,
    string Description,
    IReadOnlyList<MaturityBucket> Buckets,
    IReadOnlyList<string> ExcludedIssuers)
{
    public static IReadOnlyList<string> Types { get; } = new[] { "cash", "ust", "agency", "cp" };
}
