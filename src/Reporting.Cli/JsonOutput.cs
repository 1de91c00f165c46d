using Reporting.RunFormat;

namespace Reporting.Cli;

/// <summary>Writes a command's <c>--json</c> result: one JSON document on stdout and nothing else there.</summary>
public static class JsonOutput
{
    public static void Write<T>(T value) => Console.Out.WriteLine(ReportingJson.Serialize(value));
}
