using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// One entry of the archive's hash chain (<c>chain/000001.json</c>, …): a run archived, a run
/// approved, a document issued. Each names the SHA-256 of the file of the entry before it, so
/// deleting, reordering or rewriting any entry breaks every link after it; the hash of the last
/// file (the head) can be written down outside the archive and compared later.
/// </summary>
/// <param name="RecordedAt">When the entry was written (wall-clock UTC): a recording time, never a document's date.</param>
/// <param name="Fields">What the entry records, by name (see docs/archive.md).</param>
public sealed record ChainEntry(int Sequence, string Kind, string Previous, string RecordedAt, IReadOnlyDictionary<string, string?> Fields)
{
    public const string Run = "run";
    public const string Approval = "approval";
    public const string Issue = "issue";

    /// <summary>The <see cref="Previous"/> of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ChainEntry Parse(string path, byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<ChainEntry>(bytes, Json) is { Kind: not null, Previous: not null, Fields: not null } entry
                ? entry
                : throw new InputException(new Diagnostic(path, 0, 0, null, "not a chain entry"));
        }
        catch (JsonException e)
        {
            throw new InputException(new Diagnostic(path, 0, 0, null, $"not a valid chain entry: {e.Message}"));
        }
    }
}
