using System.Text.Json;

namespace Reporting.Cli.Commands;

/// <summary>
/// The exceptions of a run's documents (the statement's breaks, missed deadlines, ledger breaks),
/// read back from its <c>results.json</c> so the run summary shows each with its figures.
/// </summary>
internal static class RunSummaryExceptions
{
    public static IReadOnlyList<string> Read(string runFolder)
    {
        var path = Path.Combine(runFolder, "results.json");
        if (!File.Exists(path)) return Array.Empty<string>();
        using var results = JsonDocument.Parse(File.ReadAllBytes(path));
        var lines = new List<string>();
        foreach (var document in results.RootElement.GetProperty("documents").EnumerateObject())
        {
            if (document.Value.ValueKind != JsonValueKind.Object || !document.Value.TryGetProperty("exceptions", out var exceptions)
                || exceptions.ValueKind != JsonValueKind.Array) continue;
            lines.AddRange(exceptions.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }
        return lines;
    }
}
