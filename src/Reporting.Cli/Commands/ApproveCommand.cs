using System.CommandLine;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting approve RUN --by NAME</c>: a named person other than the preparer approves a draft run for issue.</summary>
internal static class ApproveCommand
{
    public static Command Build()
    {
        var run = new Argument<string>("RUN") { Description = "The archived run version, e.g. gmacm-2006-he3/2007-08/v0001 (or its folder)" };
        var by = new Option<string>("--by") { Description = "The approver's name (not the preparer)", Required = true };
        var archive = ArchiveOption();
        var command = new Command("approve", "Approve a draft run for issue (by someone other than its preparer)") { run, by, archive };
        command.SetAction(parse => CommandRunner.Execute(() =>
        {
            var store = ArchiveStore.Open(parse.GetValue(archive)!, CommonOptions.StoreOptions(null));
            var entry = DocumentLifecycle.Approve(store, parse.GetValue(run)!, parse.GetValue(by)!);
            Console.Out.WriteLine($"Approved {entry.Field("path")} by {entry.Field("approver")} (prepared by {entry.Field("preparer")}); chain entry {entry.Sequence}, head {ArchiveChain.Head(store.Layout)}");
            return CommandRunner.Ok;
        }));
        return command;
    }

    internal static Option<string> ArchiveOption() => new("--archive")
    {
        Description = "The archive folder (default archive/ in the working directory)",
        DefaultValueFactory = _ => "archive",
    };
}
