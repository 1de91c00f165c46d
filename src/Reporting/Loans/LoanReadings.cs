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
}
