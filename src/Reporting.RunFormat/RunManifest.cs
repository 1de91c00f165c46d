using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;

namespace Reporting.RunFormat;

/// <summary>
/// A run's <c>manifest.json</c> (format <c>reporting-run/1</c>, docs/run-output.md): what was made,
/// from what, with hashes. The cycle writes it with <see cref="ToBytes"/>; the archive reads it with
/// <see cref="Load"/>, which keeps the exact bytes read, because two runs are "the same" when those bytes are.
/// </summary>
public sealed partial record RunManifest(
    string Format,
    string EngineVersion,
    string DealId,
    string DealName,
    string? Scenario,
    string Period,
    IReadOnlyList<HashedFile> Inputs,
    IReadOnlyList<HashedFile> Templates,
    IReadOnlyList<HashedFile> Fonts,
    IReadOnlyList<ManifestOutput> Outputs,
    HashedFile Results)
{
    public const string FileName = "manifest.json";

    public const string CurrentFormat = "reporting-run/1";

    /// <summary>The bytes the manifest was read from; empty for a manifest made in memory and not read back.</summary>
    [JsonIgnore]
    public byte[] Bytes { get; private init; } = [];

    /// <summary>The SHA-256 of <see cref="Bytes"/>: the identity of a run in the archive.</summary>
    [JsonIgnore]
    public string Sha256 => Hashes.Sha256(Bytes);

    /// <summary>The bytes of manifest.json for this manifest, as the cycle writes them.</summary>
    public byte[] ToBytes() => ReportingJson.ToFileBytes(this);

    public static RunManifest Load(string path)
    {
        if (!File.Exists(path)) throw Problem(path, "no manifest.json: not a run folder");
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses and checks the manifest: every path must stay inside its folder, ids must be folder-safe.</summary>
    public static RunManifest Parse(byte[] bytes, string pathForMessages)
    {
        RunManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<RunManifest>(bytes, ReportingJson.Options);
        }
        catch (JsonException e)
        {
            throw Problem(pathForMessages, $"not a valid manifest: {e.Message}");
        }
        if (manifest is null) throw Problem(pathForMessages, "empty manifest");

        var errors = new InputErrors();
        void Check(bool ok, string message)
        {
            if (!ok) errors.Add(pathForMessages, 0, 0, null, message);
        }
        Check(manifest.Format == CurrentFormat, $"format '{manifest.Format}' is not {CurrentFormat}");
        Check(manifest.DealId is not null && DealIdPattern().IsMatch(manifest.DealId), $"deal_id '{manifest.DealId}' is not a folder-safe id");
        Check(manifest.Period is not null && PeriodPattern().IsMatch(manifest.Period), $"period '{manifest.Period}' is not YYYY-MM");
        Check(manifest.Inputs is not null && manifest.Templates is not null && manifest.Fonts is not null && manifest.Outputs is not null && manifest.Results is not null,
            "inputs, templates, fonts, outputs and results are all required");
        errors.ThrowIfAny();
        foreach (var file in manifest.Inputs!.Concat(manifest.Templates!).Concat(manifest.Fonts!).Append(manifest.Results!))
            Check(IsSafeRelativePath(file.Path) && IsSha256(file.Sha256), $"'{file.Path}' must be a relative path inside its folder with a SHA-256");
        foreach (var output in manifest.Outputs!)
            Check(IsSafeRelativePath(output.Path) && IsSha256(output.Sha256) && output.Kind is not null && output.Format is not null,
                $"output '{output.Path}' needs a relative path, a kind, a format and a SHA-256");
        errors.ThrowIfAny();
        return manifest with { Bytes = bytes };
    }

    /// <summary>Relative, forward slashes, no '..' or empty segments: a manifest can never make the archive write elsewhere.</summary>
    public static bool IsSafeRelativePath(string? path) =>
        !string.IsNullOrEmpty(path) && !path.StartsWith('/') && !path.Contains('\\') && !path.Contains(':')
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    private static bool IsSha256(string? hash) => hash is not null && Sha256Pattern().IsMatch(hash);

    private static InputException Problem(string path, string message) => new(new Diagnostic(path, 0, 0, null, message));

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex DealIdPattern();

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
