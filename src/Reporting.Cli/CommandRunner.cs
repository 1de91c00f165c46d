using Microsoft.Data.Sqlite;
using Reporting.Calendars;
using Reporting.Cycle;
using Reporting.Documents.Diagnostics;
using Reporting.Inputs;
using Reporting.RunFormat;
using Reporting.Workbooks.Markup;
using Reporting.Templating;

namespace Reporting.Cli;

/// <summary>
/// Runs a command's work and turns failures into the exit codes of the README's command
/// reference: 1 bad input (every error listed on stderr), 2 usage, 3 a difference found by
/// verify (returned by that command), 70 an internal error, 74 a file that could not be read or
/// written (disk full, permissions). No stack trace reaches a user, and "nothing was written" is
/// said only when it is true.
/// </summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int Differs = 3;
    public const int InternalError = 70;
    public const int InputOutputError = 74;

    private static readonly AsyncLocal<List<string>?> _written = new();

    /// <summary>Records that the command has written <paramref name="what"/>, so an error after it does not claim nothing was.</summary>
    public static void Wrote(string what) => _written.Value?.Add(what);

    public static int Execute(Func<int> work)
    {
        _written.Value = new List<string>();
        try
        {
            return work();
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors) Console.Error.WriteLine(error.ToString());
            Console.Error.WriteLine((e.Errors.Count == 1 ? "1 error; " : $"{e.Errors.Count} errors; ") + WhatWasWritten());
            return BadInput;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            return Usage;
        }
        catch (OutputFolderException e)
        {
            Console.Error.WriteLine($"{e.Message}. {Capitalized(WhatWasWritten())}");
            return Usage;
        }
        catch (DateOutsideCalendarException e)
        {
            Console.Error.WriteLine(e.Message.Split(" (Parameter")[0]);
            Console.Error.WriteLine(Capitalized(WhatWasWritten()));
            return BadInput;
        }
        catch (Exception e) when (e is DocumentError or WorkbookMarkupException or TemplateException)
        {
            // A template that does not render is bad input too: the message names template, line and column.
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("A template could not be rendered; " + WhatWasWritten());
            return BadInput;
        }
        catch (Npgsql.NpgsqlException e) when (Environment.GetEnvironmentVariable("REPORTING_DEBUG") is null)
        {
            // The job queue's or the archive index's database is unreachable or refused the work: the machine's side, like a full disk.
            Console.Error.WriteLine($"the PostgreSQL database (job queue or archive index) could not be used: {e.Message}");
            Console.Error.WriteLine(Capitalized(WhatWasWritten()));
            return InputOutputError;
        }
        catch (Exception e) when (IsInputOutputFailure(e) && Environment.GetEnvironmentVariable("REPORTING_DEBUG") is null)
        {
            // Disk full, no permission, a file vanishing: not a defect, and not the input's fault.
            // .NET names the file in the message; staging is removed, so output and archive are as they were.
            Console.Error.WriteLine($"cannot read or write a file: {e.Message}");
            Console.Error.WriteLine(Capitalized(WhatWasWritten()) + " The output folder and the archive are as they were before this run, apart from what is named here.");
            return InputOutputError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("REPORTING_DEBUG") is null)
        {
            // A defect of ours, not of the input. Set REPORTING_DEBUG=1 to see the stack trace.
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(Capitalized(WhatWasWritten()) + " Please report this with the command line and the deal folder.");
            return InternalError;
        }
        finally
        {
            _written.Value = null;
        }
    }

    private static string WhatWasWritten() =>
        _written.Value is { Count: > 0 } list ? $"written before the error: {string.Join("; ", list)}." : "nothing was written.";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// A failure of the machine rather than of the input or of our code: a file that cannot be
    /// read or written, or the archive index's database meeting a full disk or an I/O error
    /// (SQLite's SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_CANTOPEN 14).
    /// </summary>
    private static bool IsInputOutputFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || e is SqliteException { SqliteErrorCode: 10 or 13 or 14 };
}

/// <summary>A command line that parses but asks for something impossible (e.g. --from after --to).</summary>
internal sealed class UsageException(string message) : Exception(message);
