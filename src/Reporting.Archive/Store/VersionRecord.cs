using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// <c>archive.json</c> in each version folder: every file of the version with its hash, so a
/// version can be checked without the index (an auditor may receive just the folder). Nothing in
/// it comes from the clock: the same run archived twice gives the same record.
/// </summary>
public sealed record VersionRecord(
    string Format,
    string DealId,
    string Period,
    int Version,
    string ManifestSha256,
    IReadOnlyList<HashedFile> Fonts,
    IReadOnlyList<ArchivedFile> Files)
{
    public const string FileName = "archive.json";
    public const string CurrentFormat = "reporting-archive/1";

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, _json);

    public static VersionRecord Load(string versionFolder)
    {
        var path = System.IO.Path.Combine(versionFolder, FileName);
        if (!File.Exists(path)) throw new InputException(new Diagnostic(versionFolder, 0, 0, null, $"no {FileName}: not an archived run version"));
        try
        {
            var record = JsonSerializer.Deserialize<VersionRecord>(File.ReadAllBytes(path), _json);
            if (record is null || record.Format != CurrentFormat || record.Files is null)
                throw new InputException(new Diagnostic(path, 0, 0, null, $"not a {CurrentFormat} record"));
            return record;
        }
        catch (JsonException e)
        {
            throw new InputException(new Diagnostic(path, 0, 0, null, $"not a valid archive record: {e.Message}"));
        }
    }
}
