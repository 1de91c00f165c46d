using System.Text.Json;

namespace Reporting.RunFormat;

/// <summary>
/// <c>results.json</c>: the figures behind a run's outputs, keyed by each output's
/// <see cref="ManifestOutput.ResultsKey"/> (docs/run-output.md).
/// </summary>
public sealed record RunResults(string DealId, string Period, IReadOnlyDictionary<string, JsonElement> Documents)
{
    public const string FileName = "results.json";
}
