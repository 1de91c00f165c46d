using Reporting.Archive.Index;
using Reporting.Archive.Signing;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// Proves a loose PDF (an attachment received, a file from the audit request): finds it by its
/// SHA-256 among issued documents (as sent or as archived) and run drafts, then checks the issue's
/// record, the as-sent prefix of the archived copy, every signature, and that re-rendering the
/// approved run's document without the DRAFT mark gives exactly the bytes that were signed.
/// </summary>
public static class IssuedDocumentVerifier
{
    /// <param name="indexDatabase">Where the archive's index lives (null: its index.sqlite); drafts are looked up there.</param>
    public static DocumentProof Verify(ArchiveLayout layout, string file, IIssueRenderer? renderer, IIndexDatabase? indexDatabase = null)
    {
        if (!File.Exists(file)) throw new InputException(new Diagnostic(file, 0, 0, null, "no such file"));
        var bytes = File.ReadAllBytes(file);
        var sha = Hashes.Sha256(bytes);
        var facts = new List<string>();
        var problems = new List<string>();
        var state = LifecycleState.Read(layout);
        var issue = state.Issues.LastOrDefault(i => i.Record.SentSha256 == sha || i.Record.ArchivedSha256 == sha);
        if (issue is null)
        {
            using var index = (indexDatabase ?? SqliteIndexDatabase.Instance).OpenReadOnly(layout.Root);
            var drafts = index.Documents(new DocumentQuery(HashPrefix: sha));
            if (drafts.Count == 0) problems.Add($"{file}: SHA-256 {sha} is not a document of this archive (neither issued nor a run's draft)");
            foreach (var d in drafts)
                problems.Add($"{file}: a DRAFT of run {d.DealId}/{d.Period}/{ArchiveLayout.VersionName(d.Version)} ({d.Path}), never issued as such: a draft is not a sent document");
            return new DocumentProof(sha, null, facts, problems, new ProofChecks(false, false, [], null, ArchiveChain.Check(layout)));
        }

        var record = issue.Record;
        var asSent = record.SentSha256 == sha;
        facts.Add($"{record.Title}, reference {record.Reference}, dated {record.DocumentDate}, to {record.Addressee}");
        facts.Add($"{(asSent ? "the document as sent" : "the archived PDF/A-3b copy")} of issue {issue.Path}: sent to {record.Recipient} by {record.Channel} at {record.SentAt}");
        if (state.Runs.TryGetValue(record.RunPath, out var run))
            facts.Add($"rendered from run {record.RunPath}, prepared by {run.Preparer}, approved by {run.Approver ?? "nobody"}");
        facts.Add(issue.SupersededBy is { } by
            ? $"SUPERSEDED by the amendment {by} ({state.Issues.First(i => i.Path == by).Record.Reason})"
            : "the latest issue of this reference: no amendment supersedes it");
        if (record.AmendsReference is not null) facts.Add($"amends {record.AmendsReference} dated {record.AmendsDate} ({record.AmendsIssue}): {record.Reason}");

        bool copyOk = false, prefixOk = false;
        bool? reRendered = null;
        var signatures = new List<SignatureCheck>();
        var archivedPath = layout.Path(issue.DocumentPath);
        if (!File.Exists(archivedPath)) problems.Add($"{issue.DocumentPath}: the archived copy is missing");
        else
        {
            var archived = File.ReadAllBytes(archivedPath);
            copyOk = Hashes.Sha256(archived) == record.ArchivedSha256;
            prefixOk = archived.LongLength >= record.SentLength && Hashes.Sha256(archived[..(int)record.SentLength]) == record.SentSha256;
            if (!copyOk) problems.Add($"{issue.DocumentPath}: SHA-256 differs from the issue record");
            if (!prefixOk) problems.Add($"{issue.DocumentPath}: its first {record.SentLength} bytes are not the document as sent");
            else facts.Add($"the archived copy's first {record.SentLength} bytes are the document as sent (SHA-256 {record.SentSha256})");

            var sent = archived.LongLength >= record.SentLength ? archived[..(int)record.SentLength] : bytes;
            foreach (var signature in PdfSignatures.Check(asSent ? bytes : archived))
            {
                signatures.Add(signature);
                if (signature.Valid) facts.Add($"signature by {signature.Signer} verifies; it {signature.Detail}");
                else problems.Add($"{file}: a signature {signature.Detail}");
            }
            if (record.Signer is null) facts.Add("issued unsigned (no signing certificate was given)");
            if (renderer is not null) reRendered = ReRender(layout, record, sent, renderer, facts, problems);
        }

        var chain = ArchiveChain.Check(layout);
        problems.AddRange(chain.Problems);
        facts.Add($"chain: {chain.Entries} entries, head {chain.Head}");
        return new DocumentProof(sha, issue, facts, problems, new ProofChecks(copyOk, prefixOk, signatures, reRendered, chain));
    }

    /// <summary>The unsigned rendering is the prefix the signature was appended to.</summary>
    private static bool ReRender(ArchiveLayout layout, IssueRecord record, byte[] sent, IIssueRenderer renderer, List<string> facts, List<string> problems)
    {
        var run = layout.Path(record.RunPath);
        try
        {
            var marking = new IssueMarking(record.AmendsReference, record.AmendsDate, record.Reason);
            var rendered = renderer.RenderIssued(Path.Combine(run, "inputs"), record.Period, Path.Combine(run, "templates"), record.RunDocument, marking);
            if (rendered.Length <= sent.Length && rendered.AsSpan().SequenceEqual(sent.AsSpan(0, rendered.Length)))
            {
                facts.Add($"re-rendered from the run's archived inputs and templates: byte-identical to the {rendered.Length} bytes that were signed");
                return true;
            }
            problems.Add($"{record.RunDocument}: re-rendered from {record.RunPath}, it differs from the document as sent");
            return false;
        }
        catch (InputException e)
        {
            problems.AddRange(e.Errors.Select(d => d.ToString()));
            return false;
        }
    }
}

/// <summary>What a loose PDF was found to be and everything checked about it.</summary>
public sealed record DocumentProof(string Sha256, IssueState? Issue, IReadOnlyList<string> Facts, IReadOnlyList<string> Problems, ProofChecks Checks)
{
    public bool Proven => Issue is not null && Problems.Count == 0;
}

/// <summary>Each check's outcome, typed, for the verification report. <see cref="ReRendered"/> is null when not re-rendered.</summary>
public sealed record ProofChecks(bool ArchivedCopyMatches, bool SentIsPrefix, IReadOnlyList<SignatureCheck> Signatures, bool? ReRendered, ChainCheck Chain);
