using Reporting.Deals;

namespace Reporting.Ledger;

/// <summary>
/// The readings the ledger takes of the Credit Support Annex's transfer provisions. Their keys sit
/// under <c>collateral.</c> so they print wherever the collateral readings do.
/// </summary>
public static class LedgerReadings
{
    public const string CallMatching = "collateral.call-matching";
    public const string FailureToTransfer = "collateral.failure-to-transfer";
    public const string InterestPeriod = "collateral.interest-period";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(CallMatching, "reference-at-value", new[]
        {
            new InterpretationOption("reference-at-value"),
        }, Configurable: false),
        new InterpretationDefinition(FailureToTransfer, "grace-after-notice", new[]
        {
            new InterpretationOption("grace-after-notice"),
        }, Configurable: false),
        new InterpretationDefinition(InterestPeriod, "scheduled-days", new[]
        {
            new InterpretationOption("scheduled-days"),
        }, Configurable: false),
    };
}
