using Reporting.Documents.Diagnostics;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Workbooks.Markup;
using Reporting.Templating;

namespace Reporting.Cli;

/// <summary>
/// Runs a command's work and turns failures into the exit codes CLI.md promises: 1 for bad
/// input (every error listed on stderr), 2 for usage errors. No stack trace reaches a user.
/// </summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    public static int Execute(Func<int> work)
    {
        try
        {
            return work();
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors) Console.Error.WriteLine(error.ToString());
            Console.Error.WriteLine(e.Errors.Count == 1 ? "1 error; nothing was written." : $"{e.Errors.Count} errors; nothing was written.");
            return BadInput;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            return Usage;
        }
        catch (Exception e) when (e is DocumentError or WorkbookMarkupException or TemplateException)
        {
            // A template that does not render is bad input too: the message names template, line and column.
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("A template could not be rendered; nothing was written.");
            return BadInput;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("REPORTING_DEBUG") is null)
        {
            // A defect of ours, not of the input. Set REPORTING_DEBUG=1 to see the stack trace.
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("Nothing was written. Please report this with the command line and the deal folder.");
            return InternalError;
        }
    }
}

/// <summary>A command line that parses but asks for something impossible (e.g. --from after --to).</summary>
internal sealed class UsageException(string message) : Exception(message);
