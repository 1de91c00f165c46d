using System.Diagnostics;

namespace Reporting.Tests.Support;

/// <summary>
/// Runs the built <c>reporting</c> command in a child process, as a user or a script would, and
/// captures its exit code, stdout and stderr. A process (not an in-process call) keeps tests
/// free of shared Console state and shows exactly what a user sees.
/// </summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly string CliDll = System.IO.Path.Combine(AppContext.BaseDirectory, "Reporting.Cli.dll");

    public static CliRun Of(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
