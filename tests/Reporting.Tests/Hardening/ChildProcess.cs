using System.Diagnostics;

namespace Reporting.Tests.Hardening;

/// <summary>The built <c>reporting</c> command as a child process in a chosen working folder, for runs that must overlap or be killed.</summary>
internal static class ChildProcess
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "Reporting.Cli.dll");

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    public static (int ExitCode, string Stdout, string Stderr) Finish(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return Finish(process);
    }
}
