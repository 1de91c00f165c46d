namespace Reporting.Ledger;

/// <summary>
/// The Interest Rate that Paragraph 13(h)(i) of a Credit Support Annex elects for Posted
/// Collateral in the form of cash.
/// </summary>
/// <param name="Basis"><see cref="AchievedReturn"/> or <see cref="FedFundsEffective"/>.</param>
/// <param name="Index">The index name in the fixings file (Fed Funds only).</param>
/// <param name="FixingsFile">The file of daily rates (Fed Funds only).</param>
public sealed record InterestRateElection(string Basis, string? Index, string? FixingsFile)
{
    /// <summary>The rate of return the Secured Party actually achieved on the cash, from the collateral income it recorded.</summary>
    public const string AchievedReturn = "achieved-return";

    /// <summary>The Federal Funds effective rate of each day (H.15), from a fixings file.</summary>
    public const string FedFundsEffective = "fed-funds-effective";

    public static IReadOnlyList<string> Bases { get; } = new[] { AchievedReturn, FedFundsEffective };

    public static InterestRateElection Achieved { get; } = new(AchievedReturn, null, null);
}
