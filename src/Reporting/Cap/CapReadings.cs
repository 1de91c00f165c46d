using Reporting.Deals;

namespace Reporting.Cap;

/// <summary>The readings the cap engine takes of the confirmation (DOMAIN.md §2).</summary>
public static class CapReadings
{
    public const string MissingFixing = "cap.missing-fixing";

    public static IReadOnlyList<InterpretationDefinition> All { get; } = new[]
    {
        new InterpretationDefinition(
            MissingFixing,
            "Confirmation, Part II (Floating Rate Option, Reset Dates)",
            "exception",
            new[]
            {
                new InterpretationOption("exception",
                    "When no rate is published for a period's fixing date, the period has no amount and is reported as an exception for the Calculation Agent to resolve; it is never treated as a zero payment."),
            },
            Configurable: false),
    };
}
