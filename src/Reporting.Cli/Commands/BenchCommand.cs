using System.CommandLine;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting bench ...</c>: measurements of the engines on generated inputs, for the team's
/// performance notes (not tests: nothing here asserts a time).
/// </summary>
internal static class BenchCommand
{
    /// <summary>One builder per benchmark; a new benchmark adds its line here.</summary>
    private static readonly Func<Command>[] _benchmarks =
    {
        BenchLoansCommand.Build,
        BenchRenderCommand.Build,
        BenchMonthCommand.Build,
        BenchBookCommand.Build,
        BenchArchiveCommand.Build,
    };

    public static Command Build()
    {
        var bench = new Command("bench", "Benchmarks on generated inputs (throughput and memory)");
        foreach (var build in _benchmarks) bench.Subcommands.Add(build());
        return bench;
    }
}
