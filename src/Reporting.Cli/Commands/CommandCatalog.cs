using System.CommandLine;

namespace Reporting.Cli.Commands;

/// <summary>Every sub-command of <c>reporting</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return CalendarCommand.Build();
        yield return CapCommand.Build();
        yield return ArchiveCommand.Build();
        // Re-rendering needs the run pipeline; until it is passed here, verify checks hashes and says it could not re-render.
        yield return VerifyCommand.Build(renderer: null);
    }
}
