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
            "exception",
            new[]
            {
                new InterpretationOption("exception"),
            },
            Configurable: false),
    };
}
