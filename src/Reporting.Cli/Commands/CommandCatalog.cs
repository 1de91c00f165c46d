using System.CommandLine;

namespace Reporting.Cli.Commands;

/// <summary>Every sub-command of <c>reporting</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return CalendarCommand.Build();
        yield return CapCommand.Build();
        yield return RatingsCommand.Build();
        yield return CollateralCommand.Build();
        yield return LoansCommand.Build();
        yield return RunCommand.Build();
        yield return BookCommand.Build();
        yield return WorkerCommand.Build();
        yield return WatchCommand.Build();
        yield return ApproveCommand.Build();
        yield return IssueCommand.Build(new CycleIssueRenderer());
        yield return RenderCommand.Create();
        yield return BenchCommand.Build();
        yield return ArchiveCommand.Build();
        yield return VerifyCommand.Build(new CycleRunRenderer(), new CycleIssueRenderer());
    }
}
