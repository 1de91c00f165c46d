using System.Diagnostics;

namespace Reporting.Testing;

/// <summary>
/// Runs the built <c>reporting</c> command in a child process, as a user or a script would, and
/// captures its exit code, stdout and stderr. A process (not an in-process call) keeps tests
/// free of shared Console state and shows exactly what a user sees.
/// </summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => In(Repo.Root, new Dictionary<string, string>(), args);

    /// <summary>Runs in <paramref name="workingDirectory"/> with <paramref name="environment"/> added to (or replacing) the test's own.</summary>
    public static CliRun In(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = CliStartInfo.For(workingDirectory, environment, args);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
