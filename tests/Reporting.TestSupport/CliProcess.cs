using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reporting.Testing;

/// <summary>
/// The built <c>reporting</c> command running in the background (a worker, say), with every line it
/// prints kept: a test waits for a line, then kills the process (<c>kill -9</c>) or stops it
/// (SIGTERM) as an operator would. Disposing kills it if it still runs.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private CliProcess(Process process) => _process = process;

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = CliStartInfo.For(workingDirectory, environment, args);
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) cli._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) cli._lines.Enqueue("stderr: " + e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    public int Id => _process.Id;

    /// <summary>Everything printed so far (stderr lines prefixed <c>stderr: </c>).</summary>
    public IReadOnlyList<string> Lines => _lines.ToArray();

    /// <summary>The first line matching <paramref name="match"/>, waiting up to <paramref name="timeout"/> for it.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (_lines.FirstOrDefault(match) is { } line) return line;
            if (_process.HasExited && _lines.FirstOrDefault(match) is null)
                throw new InvalidOperationException($"the process exited ({_process.ExitCode}) without printing the line; it printed:\n{string.Join('\n', Lines)}");
            Thread.Sleep(100);
        }
        throw new TimeoutException($"no such line within {timeout.TotalSeconds} s; the process printed:\n{string.Join('\n', Lines)}");
    }

    /// <summary><c>kill -9</c>: the process dies at once, holding whatever it held.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops a process; its exit code once it has exited.</summary>
    public int Terminate(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        if (!_process.WaitForExit(timeout)) throw new TimeoutException($"the process did not stop within {timeout.TotalSeconds} s after SIGTERM");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(); _process.WaitForExit(); }
            catch (InvalidOperationException) { /* exited meanwhile */ }
        }
        _process.Dispose();
    }
}
