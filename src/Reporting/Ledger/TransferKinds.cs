namespace Reporting.Ledger;

/// <summary>
/// What a row of <c>transfers.csv</c> moved. Cap payments and Interest Amounts are cash; a
/// collateral delivery or return moves cash or one security; collateral income is what the
/// Secured Party earned on Posted Collateral in the form of cash (the source of an "achieved
/// return" Interest Rate), which is not itself Posted Collateral; a collateral maturity is a
/// posted security redeemed by its issuer, whose proceeds stay posted as cash.
/// </summary>
public static class TransferKinds
{
    public const string CapPayment = "cap-payment";
    public const string CollateralDelivery = "collateral-delivery";
    public const string CollateralReturn = "collateral-return";
    public const string InterestAmount = "interest-amount";
    public const string CollateralIncome = "collateral-income";
    public const string CollateralMaturity = "collateral-maturity";

    public static IReadOnlyList<string> All { get; } =
        new[] { CapPayment, CollateralDelivery, CollateralReturn, InterestAmount, CollateralIncome, CollateralMaturity };

    /// <summary>The asset column's word for cash; anything else names a security.</summary>
    public const string Cash = "cash";

    /// <summary>The reference of a cap payment that settles the Fixed Amount (premium) rather than a period.</summary>
    public const string Premium = "premium";

    /// <summary>The reference of a collateral transfer that answers no call (a substitution, a voluntary return).</summary>
    public const string Substitution = "substitution";
}
