using Reporting.Archive.Signing;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// One issued document of a deal or period checked in place (<c>reporting verify --deal</c>): the
/// archived copy against its record, the as-sent prefix, every signature, and, with a renderer,
/// the re-rendering of the approved run's document (through <see cref="IssuedDocumentVerifier"/>).
/// </summary>
public sealed record IssueCheck(string Path, string State, string Reference, string SentAt, string Recipient, bool Proven, IReadOnlyList<string> Facts, IReadOnlyList<string> Problems)
{
    public static IReadOnlyList<IssueCheck> ForScope(ArchiveLayout layout, string dealId, string? period, IIssueRenderer? renderer,
        Index.IIndexDatabase? indexDatabase = null)
    {
        var checks = new List<IssueCheck>();
        foreach (var issue in LifecycleState.Read(layout).Issues.Where(i => i.Record.DealId == dealId && (period is null || i.Record.Period == period)))
        {
            var record = issue.Record;
            var file = layout.Path(issue.DocumentPath);
            var problems = new List<string>();
            IReadOnlyList<string> facts = [];
            if (!File.Exists(file)) problems.Add($"{issue.DocumentPath}: the archived copy is missing");
            else if (Hashes.Sha256OfFile(file) != record.ArchivedSha256) problems.Add($"{issue.DocumentPath}: SHA-256 differs from the issue record");
            else
            {
                var proof = IssuedDocumentVerifier.Verify(layout, file, renderer, indexDatabase);
                facts = proof.Facts;
                problems.AddRange(proof.Problems.Where(p => !p.StartsWith("chain/", StringComparison.Ordinal)));
                if (proof.Checks.Signatures.Count == 0 && record.Signer is not null) problems.Add($"{issue.DocumentPath}: the record names a signer but the copy has no signature");
            }
            checks.Add(new IssueCheck(issue.Path, issue.State, record.Reference, record.SentAt, record.Recipient, problems.Count == 0, facts, problems));
        }
        return checks;
    }
}
