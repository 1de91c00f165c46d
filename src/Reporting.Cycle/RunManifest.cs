namespace Reporting.Cycle;

/// <summary>The manifest of a run folder (docs/run-output.md): what was made, from what, with hashes.</summary>
public sealed record RunManifest(
    string Format,
    string EngineVersion,
    string DealId,
    string DealName,
    string Scenario,
    string Period,
    IReadOnlyList<HashedFile> Inputs,
    IReadOnlyList<HashedFile> Templates,
    IReadOnlyList<HashedFile> Fonts,
    IReadOnlyList<ManifestOutput> Outputs,
    HashedFile Results)
{
    public const string CurrentFormat = "reporting-run/1";
}

public sealed record HashedFile(string Path, string Sha256);

public sealed record ManifestOutput(
    string Path,
    string Kind,
    string Format,
    string Title,
    NodaTime.LocalDate DocumentDate,
    string Addressee,
    int? Pages,
    string ResultsKey,
    string Sha256);
