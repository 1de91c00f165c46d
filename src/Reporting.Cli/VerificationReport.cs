using System.Text.Json;
using NodaTime;
using Reporting.Archive.Lifecycle;
using Reporting.Documents;

namespace Reporting.Cli;

/// <summary>
/// The verification report an auditor files: <c>templates/documents/verification-report.sbn</c> with
/// the proof's typed outcome as its model. Dated with the date the auditor gives, never the clock.
/// </summary>
internal static class VerificationReport
{
    public const string Template = "documents/verification-report.sbn";

    public static byte[] Render(string file, DocumentProof proof, LifecycleState state, LocalDate date, string templatesFolder)
    {
        var issue = proof.Issue;
        var record = issue?.Record;
        var run = record is not null && state.Runs.TryGetValue(record.RunPath, out var r) ? r : null;
        var superseding = issue?.SupersededBy is { } by ? state.Issues.FirstOrDefault(i => i.Path == by)?.Record : null;
        var checks = proof.Checks;
        var model = new Dictionary<string, object?>
        {
            ["report_date"] = date.ToString("yyyy-MM-dd", null),
            ["deal_id"] = record?.DealId ?? "",
            ["proven"] = proof.Proven,
            ["file"] = new { name = Path.GetFileName(file), sha256 = proof.Sha256, as_sent = record?.SentSha256 == proof.Sha256 },
            ["document"] = new { title = record?.Title ?? "not found", reference = record?.Reference ?? "not found", date = record?.DocumentDate ?? date.ToString("yyyy-MM-dd", null), addressee = record?.Addressee },
            ["issue"] = new
            {
                recipient = record?.Recipient, channel = record?.Channel, sent_at = record?.SentAt, preparer = run?.Preparer, approver = run?.Approver,
                superseded_by = issue?.SupersededBy, superseded_reason = superseding?.Reason, amends_reference = record?.AmendsReference,
                amends_date = record?.AmendsDate, reason = record?.Reason, sent_length = record?.SentLength ?? 0,
            },
            ["checks"] = new
            {
                archived_copy_matches = checks.ArchivedCopyMatches, sent_is_prefix = checks.SentIsPrefix,
                signatures = checks.Signatures.Select(s => new { signer = s.Signer ?? "unknown", valid = s.Valid }).ToArray(),
                re_rendered = checks.ReRendered, chain_ok = checks.Chain.Problems.Count == 0, chain_entries = checks.Chain.Entries, chain_head = checks.Chain.Head,
            },
            ["problems"] = proof.Problems.ToArray(),
        };
        using var json = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(model));
        using var renderer = new DocumentRenderer(templatesFolder);
        return renderer.Render(Template, json.RootElement).Pdf;
    }
}
