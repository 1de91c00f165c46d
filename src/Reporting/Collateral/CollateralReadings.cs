using Reporting.Deals;

namespace Reporting.Collateral;

/// <summary>The readings the collateral engine takes of Paragraph 13 of the Credit Support Annex (DOMAIN.md §4).</summary>
public static class CollateralReadings
{
    public const string FactorRow = "collateral.factor-row";
    public const string ConcentrationOrder = "collateral.concentration-order";
    public const string MtaBeforeRounding = "collateral.mta-before-rounding";
    public const string ExternalMark = "collateral.external-mark";
    public const string VerifierCount = "collateral.verifier-count";
    public const string CommercialPaperInputs = "collateral.commercial-paper-inputs";
    public const string ValueRounding = "collateral.value-rounding";
    public const string NoCreditRating = "collateral.no-credit-rating";
    public const string MissingMark = "collateral.missing-mark";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(FactorRow, "worst-row", new[]
        {
            new InterpretationOption("worst-row"),
            new InterpretationOption("mildest-agency"),
        }),
        new InterpretationDefinition(ConcentrationOrder, "issuer-then-total", new[]
        {
            new InterpretationOption("issuer-then-total"),
        }, Configurable: false),
        new InterpretationDefinition(MtaBeforeRounding, "before-rounding", new[]
        {
            new InterpretationOption("before-rounding"),
        }, Configurable: false),
        new InterpretationDefinition(ExternalMark, "latest-in-month", new[]
        {
            new InterpretationOption("latest-in-month"),
        }, Configurable: false),
        new InterpretationDefinition(VerifierCount, "provider-dates", new[]
        {
            new InterpretationOption("provider-dates"),
        }, Configurable: false),
        new InterpretationDefinition(CommercialPaperInputs, "assumed-rated-dtc", new[]
        {
            new InterpretationOption("assumed-rated-dtc"),
        }, Configurable: false),
        new InterpretationDefinition(ValueRounding, "per-holding-cent", new[]
        {
            new InterpretationOption("per-holding-cent"),
        }, Configurable: false),
        new InterpretationDefinition(NoCreditRating, "none-in-force", new[]
        {
            new InterpretationOption("none-in-force"),
        }, Configurable: false),
        new InterpretationDefinition(MissingMark, "unknown", new[]
        {
            new InterpretationOption("unknown"),
        }, Configurable: false),
    };
}
