namespace Reporting.Collateral;

/// <summary>Value that counts as zero: an ineligible holding, or paper beyond a concentration limit.</summary>
/// <param name="Rule"><c>ineligible</c>, <c>issuer-limit</c> or <c>total-limit</c>.</param>
/// <param name="Amount">For an ineligible holding its market value; for a limit the Value excluded.</param>
public sealed record CollateralExclusion(string Rule, string Type, string? Issuer, string? SecurityId, decimal Amount)
{
    public const string Ineligible = "ineligible";
    public const string IssuerLimit = "issuer-limit";
    public const string TotalLimit = "total-limit";

    /// <summary>The rule and its figures as facts, for documents to word.</summary>
    public ExclusionFacts? Why { get; init; }
}
