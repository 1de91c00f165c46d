using System.Diagnostics;
using System.Text.Json;

namespace Reporting.Archive.Tests.Support;

/// <summary>qpdf, installed by .ci/run: an independent reader to check our PDFs' structure.</summary>
internal static class Qpdf
{
    public const string Path = "/usr/bin/qpdf";

    public static void RequireInstalled() =>
        Assert.True(File.Exists(Path), $"{Path} is missing: run .ci/run, which installs qpdf (apt-get install -y qpdf).");

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        RequireInstalled();
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>qpdf's JSON view of every object (qpdf --json=2), keyed "obj:N 0 R" and "trailer".</summary>
    public static JsonElement Objects(string file)
    {
        var (code, output) = Run("--json=2", "--json-key=qpdf", file);
        Assert.True(code == 0, output);
        var json = JsonDocument.Parse(output).RootElement;
        var objects = json.GetProperty("qpdf")[1];
        return objects;
    }
}
