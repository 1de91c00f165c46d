using System.CommandLine;
using Reporting.Cli.Commands;

namespace Reporting.Cli;

/// <summary>The root of the <c>reporting</c> command: each sub-command lives in its own file under Commands/.</summary>
public static class ReportingCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Monthly reporting for structured-finance trust deals: cap payments, ratings events, collateral, optional purchases and their documents.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    public static int Run(string[] args) => Build().Parse(args).Invoke();
}
