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

    private const string Annex = "Annex A, Paragraph 13";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(FactorRow, Annex + "(m)(v) (Factor)", "worst-row", new[]
        {
            new InterpretationOption("worst-row",
                "The Factor's rating row is the most severe row that any of Morgan's ratings falls into; ratings above every row give a Factor of 0."),
            new InterpretationOption("mildest-agency",
                "The Factor's rating row is found per agency (the most severe row each agency's ratings fall into) and the milder of the agencies' rows is used; an agency whose ratings fall into no row gives a Factor of 0."),
        }),
        new InterpretationDefinition(ConcentrationOrder, Annex + "(b)(ii)(e),(f)", "issuer-then-total", new[]
        {
            new InterpretationOption("issuer-then-total",
                "Concentration limits apply the issuer limit first, in one pass (each issuer's commercial paper counts up to 33% of the Value of all posted commercial paper before any limit), then the total limit (commercial paper counts up to 20% of the total Value including it, that is up to 0.25 times the Value of the other collateral). What a limit excludes counts as zero and is reported."),
        }, Configurable: false),
        new InterpretationDefinition(MtaBeforeRounding, Annex + "(b)(iv)(C),(D)", "before-rounding", new[]
        {
            new InterpretationOption("before-rounding",
                "The Minimum Transfer Amount is tested on the unrounded Delivery or Return Amount; only an amount that passes is then rounded (Delivery up, Return down)."),
        }, Configurable: false),
        new InterpretationDefinition(ExternalMark, Annex + "(c)(v) (Mark-to-market Procedures)", "latest-in-month", new[]
        {
            new InterpretationOption("latest-in-month",
                "While the external-mark rule applies, the external mark is the highest bid of the latest external date within the month up to the Valuation Date (a verification is monthly), and the Exposure is the greater of it and the internal mark. Fewer bids than required, or no verification within the month, is reported as an exception and the marks at hand are used."),
        }, Configurable: false),
        new InterpretationDefinition(VerifierCount, Annex + "(c)(v) (Mark-to-market Procedures)", "provider-dates", new[]
        {
            new InterpretationOption("provider-dates",
                "The verifier of an external mark is the provider named in exposures.csv; its uses are the distinct valuation dates on which it gave an external mark in the 12 months ending on the Valuation Date. More uses than the limit is reported as an exception; the mark still counts."),
        }, Configurable: false),
        new InterpretationDefinition(CommercialPaperInputs, Annex + "(b)(ii)(H)", "assumed-rated-dtc", new[]
        {
            new InterpretationOption("assumed-rated-dtc",
                "collateral.csv carries no rating or settlement system, so commercial paper is taken to be rated A1/P1 and to settle within DTC; the Valuation Agent answers for both. Issuer (not Morgan or an Affiliate, by the terms file's list) and remaining maturity are checked."),
        }, Configurable: false),
        new InterpretationDefinition(ValueRounding, Annex + "(m)(vi) (Value)", "per-holding-cent", new[]
        {
            new InterpretationOption("per-holding-cent",
                "Each holding's Value (bid value times Valuation Percentage), each Volatility Buffer and each limit is rounded to the cent, half away from zero, before they are added."),
        }, Configurable: false),
        new InterpretationDefinition(NoCreditRating, Annex + "(b)(iv)(B)", "none-in-force", new[]
        {
            new InterpretationOption("none-in-force",
                "Morgan has no Credit Rating when none of the ratings named as Credit Ratings is in force on the Valuation Date (each withdrawn or never recorded in ratings.csv); its Threshold is then zero, as it is while an Event of Default with respect to Morgan found by the ledger continues."),
        }, Configurable: false),
        new InterpretationDefinition(MissingMark, Annex + "(c)(v)", "unknown", new[]
        {
            new InterpretationOption("unknown",
                "A Valuation Date with no internal mark in exposures.csv has no Exposure: the amounts that depend on it are reported as unknown, never as zero."),
        }, Configurable: false),
    };
}
