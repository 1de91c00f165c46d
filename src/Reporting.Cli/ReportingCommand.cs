using System.CommandLine;
using Reporting.Cli.Commands;

namespace Reporting.Cli;

/// <summary>The root of the <c>reporting</c> command: each sub-command lives in its own file under Commands/.</summary>
public static class ReportingCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Monthly reporting for structured-finance trust deals: cap payments, ratings events, collateral, optional purchases and their documents.")
        {
            // The assembly is Reporting.Cli (a project named Reporting already exists); users know the command as `reporting`.
            HelpName = "reporting",
        };
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    /// <summary>Parses and runs; a command line that does not parse is a usage error (exit 2, message on stderr).</summary>
    public static int Run(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("Run 'reporting --help' (or 'reporting COMMAND --help') for usage.");
            return CommandRunner.Usage;
        }
        return parse.Invoke();
    }
}
