namespace Reporting.Cycle;

/// <summary>The figures behind a run's outputs, keyed by each output's <see cref="PlannedOutput.ResultsKey"/>.</summary>
public sealed record RunResults(string DealId, string Period, IReadOnlyDictionary<string, System.Text.Json.JsonElement> Documents);
