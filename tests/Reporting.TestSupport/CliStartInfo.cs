using System.Diagnostics;

namespace Reporting.Testing;

/// <summary>How a test starts the built <c>reporting</c> command: <c>dotnet Reporting.Cli.dll ARGS</c> in a folder, with environment added.</summary>
internal static class CliStartInfo
{
    private static readonly string _cliDll = System.IO.Path.Combine(AppContext.BaseDirectory, "Reporting.Cli.dll");

    public static ProcessStartInfo For(string workingDirectory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(_cliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}
