using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// <c>issue.json</c> in an issue folder (<c>issued/DEAL/YYYY-MM/i0001/</c>): what was sent, to whom,
/// how and when, from which approved run, and what it amends. The document as sent is the first
/// <see cref="SentLength"/> bytes of the archived copy, whose hash is <see cref="SentSha256"/>.
/// </summary>
/// <param name="SentAt">When it was sent, as the issuer stated it (ISO 8601 with offset): not the document's date.</param>
/// <param name="RunPath">The approved run version the document was rendered from.</param>
/// <param name="Document">The archived copy's file name in this folder.</param>
/// <param name="Signer">The signing certificate's subject, or null when the document was not signed.</param>
public sealed record IssueRecord(
    string Format,
    string DealId,
    string Period,
    int Number,
    string RunPath,
    string RunDocument,
    string Kind,
    string Title,
    string Reference,
    string DocumentDate,
    string? Addressee,
    string Recipient,
    string Channel,
    string SentAt,
    string? AmendsReference,
    string? AmendsDate,
    string? AmendsIssue,
    string? Reason,
    string Document,
    string SentSha256,
    long SentLength,
    string ArchivedSha256,
    string? Signer)
{
    public const string FileName = "issue.json";
    public const string CurrentFormat = "reporting-issue/1";
    public static readonly string[] Channels = ["courier", "email", "fax"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static IssueRecord Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return JsonSerializer.Deserialize<IssueRecord>(File.ReadAllBytes(path), Json) is { Format: CurrentFormat } record
                ? record
                : throw new InputException(new Diagnostic(path, 0, 0, null, $"not a {CurrentFormat} record"));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new InputException(new Diagnostic(path, 0, 0, null, $"not a readable issue record: {e.Message}"));
        }
    }
}
