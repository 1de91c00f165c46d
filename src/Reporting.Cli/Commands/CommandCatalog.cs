using System.CommandLine;

namespace Reporting.Cli.Commands;

/// <summary>Every sub-command of <c>reporting</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return CalendarCommand.Build();
        yield return LoansCommand.Build();
        yield return BenchCommand.Build();
    }
}
