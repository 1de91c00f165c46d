using Reporting.Deals;

namespace Reporting.Loans;

/// <summary>
/// The readings the optional purchase engine takes of Section 4.07 as amended (DOMAIN.md §5),
/// printed in every report's Interpretations note. A deal chooses another option of a
/// configurable reading under <c>interpretations:</c> in its terms file.
/// </summary>
public static class LoanReadings
{
    public const string Cure = "loans.cure";
    public const string CrossingDate = "loans.crossing-date";
    public const string PurchasePrice = "loans.purchase-price";
    public const string DelinquencySource = "loans.delinquency-source";
    public const string OffTape = "loans.off-tape";

    public const string BroughtCurrent = "brought-current";
    public const string BelowThreshold = "below-threshold";
    public const string DueDatePlusThreshold = "due-date-plus-threshold";
    public const string FirstTapeReportDate = "first-tape-report-date";
    public const string NetRateInterest = "upb-plus-net-rate-interest";
    public const string NoteRateInterest = "upb-plus-note-rate-interest";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(
            Cure,
            BroughtCurrent,
            new[]
            {
                new InterpretationOption(BroughtCurrent),
                new InterpretationOption(BelowThreshold),
            }),
        new InterpretationDefinition(
            CrossingDate,
            DueDatePlusThreshold,
            new[]
            {
                new InterpretationOption(DueDatePlusThreshold),
                new InterpretationOption(FirstTapeReportDate),
            }),
        new InterpretationDefinition(
            PurchasePrice,
            NetRateInterest,
            new[]
            {
                new InterpretationOption(NetRateInterest),
                new InterpretationOption(NoteRateInterest),
            }),
        new InterpretationDefinition(
            DelinquencySource,
            "latest-tape",
            new[]
            {
                new InterpretationOption("latest-tape"),
            },
            Configurable: false),
        new InterpretationDefinition(
            OffTape,
            "not-eligible",
            new[]
            {
                new InterpretationOption("not-eligible"),
            },
            Configurable: false),
    };
    /// <summary>
    /// True when the deal's clause has the shape the readings' standard wording describes (RAMP
    /// 2006-RS3's quarterly clause: 90 days counted in days, measured at the tape). Another deal's
    /// reports word the readings from its own clause: reference, threshold, method and price
    /// (<c>documents/_reading.sbn</c>), never Amendment No. 1 or a Calendar Quarter it does not have.
    /// </summary>
    public static bool HasStandardShape(OptionalPurchaseTerms terms) =>
        terms.Window == PurchaseWindowKind.QuarterAfterCrossing && terms.DelinquencyThresholdDays == 90
        && !terms.Delinquency.CountsMonths && !terms.DelinquentOnPurchaseDate;
}
