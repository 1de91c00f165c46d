namespace Reporting.Deals;

/// <summary>Every reading the product knows, gathered from the engines that declare them.</summary>
public static class InterpretationCatalog
{
    public static IReadOnlyList<InterpretationDefinition> All { get; } =
        Cap.CapReadings.All
            .Concat(Ratings.RatingsReadings.All)
            .Concat(Collateral.CollateralReadings.All)
            .Concat(Ledger.LedgerReadings.All)
            .Concat(Loans.LoanReadings.All)
            .ToArray();

    public static InterpretationDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);
}
