using System.Diagnostics;

namespace Reporting.Archive.Tests.Support;

/// <summary>Runs the real <c>reporting</c> command (Reporting.Cli.dll, built beside the tests) as a separate process.</summary>
internal static class ReportingProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Reporting.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    public static (int ExitCode, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return Finish(process);
    }

    public static (int ExitCode, string Out, string Err) Finish(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
