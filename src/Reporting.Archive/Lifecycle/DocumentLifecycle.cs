using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using Reporting.Archive.Index;
using Reporting.Archive.Pdf;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// Approving a run and issuing its documents. A run is a draft until a named person other than
/// its preparer approves it; only then can its documents be issued. An issue renders the document
/// unmarked from the run's archived inputs and templates, signs it, archives it (PDF/A-3b, the
/// bytes sent as a prefix) in <c>issued/DEAL/YYYY-MM/iNNNN/</c> with its record, and appends to the chain.
/// Both decide from the index, not by reading the chain (<see cref="LifecycleLookup"/>).
/// </summary>
public static class DocumentLifecycle
{
    public const string IssuedFolder = "issued";

    public static ChainEntry Approve(ArchiveStore store, string run, string approver)
    {
        var layout = store.Layout;
        if (string.IsNullOrWhiteSpace(approver)) throw Problem(run, "an approval needs the approver's name (--by NAME)");
        using var writerLock = ArchiveLock.Acquire(layout, store.Options.LockTimeout);
        var path = RunPath(layout, run);
        using var index = store.OpenIndex();
        var lookup = LifecycleLookup.Open(layout, index);
        if (lookup.Run(path) is not var (runEntry, approval)) throw Problem(run, "is not an archived run version (no run entry in the chain)");
        if (approval is not null) throw Problem(run, $"was already approved by {approval.Approver}");
        if (SamePerson(runEntry.Preparer, approver))
            throw Problem(run, $"was prepared by {runEntry.Preparer}; it must be approved by someone else");
        var fields = new Dictionary<string, string?>
        {
            ["path"] = path,
            ["run_entry"] = runEntry.EntrySha256,
            ["preparer"] = runEntry.Preparer,
            ["approver"] = approver.Trim(),
        };
        var (entry, sha) = ArchiveChain.Append(layout, ChainEntry.Approval, Now(store), fields);
        index.InsertRunEntry(runEntry);
        index.InsertApproval(new IndexedApproval(path, approver.Trim(), sha, entry.RecordedAt));
        ArchivePages.WriteChain(layout, entry.Sequence, sha);
        var parts = path.Split('/');
        ArchivePages.WritePeriod(layout, index, parts[0], parts[1], store.Options);
        return entry;
    }

    public static IssuedDocument Issue(ArchiveStore store, string run, string documentPath, IssueRequest request, IIssueRenderer renderer, IPdfSigner? signer)
    {
        var layout = store.Layout;
        CheckRequest(request);
        using var writerLock = ArchiveLock.Acquire(layout, store.Options.LockTimeout);
        var path = RunPath(layout, run);
        using var index = store.OpenIndex();
        var lookup = LifecycleLookup.Open(layout, index);
        if (lookup.Run(path) is not var (runEntry, approval)) throw Problem(run, "is not an archived run version (no run entry in the chain)");
        if (approval is null) throw Problem(run, "is a draft: it must be approved (reporting approve RUN --by NAME) before its documents are issued");

        var folder = layout.Path(path);
        var manifest = RunManifest.Load(Path.Combine(folder, RunManifest.FileName));
        var output = manifest.Outputs.FirstOrDefault(o => o.Path == documentPath && o.IsPdf)
            ?? throw Problem(documentPath, $"is not a document of {path} (its documents: {string.Join(", ", manifest.Outputs.Where(o => o.IsPdf).Select(o => o.Path))})");
        var results = VersionStager.ReadResults(Path.Combine(folder, manifest.Results.Path));
        var figures = VersionStager.Figures(results, output);
        var (reference, documentDate) = Identity(figures, output);

        IndexedIssue? amended = null;
        if (request.Amends is { } amends)
        {
            amended = lookup.Latest(manifest.DealId, amends)
                ?? throw Problem(amends, $"no issued document of {manifest.DealId} has this reference, so there is nothing to amend");
        }
        else if (lookup.IssuedFromAnotherRun(manifest.DealId, reference, path) is { } earlier)
        {
            throw Problem(documentPath, $"reference {reference} was already issued from {earlier.Record.RunPath}; a corrected document is issued as an amendment (--amends {reference} --reason TEXT)");
        }

        var marking = new IssueMarking(amended?.Record.Reference, amended?.Record.DocumentDate, request.Reason);
        var sent = renderer.RenderIssued(Path.Combine(folder, "inputs"), manifest.Period, Path.Combine(folder, "templates"), documentPath, marking);
        var signingTime = OffsetDateTimePattern.ExtendedIso.Parse(request.SentAt).Value;
        if (signer is not null) sent = signer.Sign(sent, signingTime);
        var archived = PdfA3Converter.Convert(sent, VersionStager.MetadataFor(manifest, output), figures, output.ResultsKey + ".json");
        // The archived copy is signed again over its own bytes; the signature sent stays inside the prefix.
        if (signer is not null) archived = signer.Sign(archived, signingTime);

        var number = NextNumber(layout, manifest.DealId, manifest.Period);
        var relative = $"{IssuedFolder}/{manifest.DealId}/{manifest.Period}/i{number.ToString("D4", CultureInfo.InvariantCulture)}";
        var record = new IssueRecord(IssueRecord.CurrentFormat, manifest.DealId, manifest.Period, number, path, documentPath, output.Kind, output.Title,
            reference, documentDate, output.Addressee, request.Recipient.Trim(), request.Channel, request.SentAt,
            amended?.Record.Reference, amended?.Record.DocumentDate, amended?.Path, request.Reason,
            Path.GetFileName(documentPath), Hashes.Sha256(sent), sent.LongLength, Hashes.Sha256(archived), signer?.Subject);

        var staging = Path.Combine(layout.StagingFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        WriteDurably(Path.Combine(staging, record.Document), archived);
        WriteDurably(Path.Combine(staging, IssueRecord.FileName), record.ToBytes());
        var target = layout.Path(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(staging, target);

        var (issueEntry, head) = ArchiveChain.Append(layout, ChainEntry.Issue, Now(store), new Dictionary<string, string?>
        {
            ["path"] = relative,
            ["document"] = record.Document,
            ["issue_record_sha256"] = Hashes.Sha256(record.ToBytes()),
            ["archived_sha256"] = record.ArchivedSha256,
            ["sent_sha256"] = record.SentSha256,
            ["run_path"] = path,
            ["run_entry"] = runEntry.EntrySha256,
            ["approval_entry"] = approval.EntrySha256,
            ["reference"] = reference,
            ["amends"] = amended?.Path,
            ["recipient"] = record.Recipient,
            ["channel"] = record.Channel,
            ["sent_at"] = record.SentAt,
        });
        index.InsertIssue(relative, record, head, issueEntry.RecordedAt);
        ArchivePages.WriteChain(layout, issueEntry.Sequence, head);
        ArchivePages.WritePeriod(layout, index, manifest.DealId, manifest.Period, store.Options);
        // The issue it supersedes is shown as superseded on its own deal-period's page.
        if (amended is not null && (amended.Record.DealId, amended.Record.Period) != (manifest.DealId, manifest.Period))
            ArchivePages.WritePeriod(layout, index, amended.Record.DealId, amended.Record.Period, store.Options);
        return new IssuedDocument(target, record, sent, head);
    }

    /// <summary>A version folder given as a path (absolute or relative to the working folder) or relative to the archive root.</summary>
    public static string RunPath(ArchiveLayout layout, string run)
    {
        var asGiven = Path.GetFullPath(run);
        var relative = Directory.Exists(asGiven) ? layout.Relative(asGiven) : run.Replace('\\', '/').Trim('/');
        if (relative is null || relative.Split('/') is not [var deal, var period, var version] || deal.StartsWith('.')
            || !ArchiveLayout.TryParseVersionName(version, out _) || !Directory.Exists(layout.Path(relative)))
            throw Problem(run, $"is not a run version of the archive {layout.Root} (expected DEAL/YYYY-MM/vNNNN)");
        return $"{deal}/{period}/{version}";
    }

    private static void CheckRequest(IssueRequest request)
    {
        var errors = new InputErrors();
        if (string.IsNullOrWhiteSpace(request.Recipient)) errors.Add("--to", 0, 0, null, "the recipient is required");
        if (!IssueRecord.Channels.Contains(request.Channel)) errors.Add("--channel", 0, 0, null, $"'{request.Channel}' is not one of {string.Join(", ", IssueRecord.Channels)}");
        if (!OffsetDateTimePattern.ExtendedIso.Parse(request.SentAt).Success)
            errors.Add("--at", 0, 0, null, $"'{request.SentAt}' is not a time with its UTC offset (expected e.g. 2007-08-27T10:15:00-04:00)");
        if (request.Amends is not null && string.IsNullOrWhiteSpace(request.Reason)) errors.Add("--reason", 0, 0, null, "an amendment must say why (--reason TEXT)");
        if (request.Amends is null && request.Reason is not null) errors.Add("--reason", 0, 0, null, "a reason is given only with --amends REF");
        errors.ThrowIfAny();
    }

    /// <summary>The reference and date the document prints, from its figures in results.json.</summary>
    private static (string Reference, string Date) Identity(byte[] figures, ManifestOutput output)
    {
        using var json = JsonDocument.Parse(figures);
        if (json.RootElement.TryGetProperty("document", out var document) && document.TryGetProperty("reference", out var reference)
            && reference.GetString() is { } text)
            return (text, output.DocumentDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        throw Problem(output.Path, "its figures have no document.reference, so it cannot be issued");
    }

    private static int NextNumber(ArchiveLayout layout, string dealId, string period)
    {
        var folder = layout.Path($"{IssuedFolder}/{dealId}/{period}");
        if (!Directory.Exists(folder)) return 1;
        var used = Directory.EnumerateDirectories(folder).Select(Path.GetFileName)
            .Select(n => n is ['i', .. var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0);
        return used.DefaultIfEmpty(0).Max() + 1;
    }

    private static bool SamePerson(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Now(ArchiveStore store) => InstantPattern.ExtendedIso.Format(store.Options.Clock.GetCurrentInstant());

    private static void WriteDurably(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    private static InputException Problem(string file, string message) => new(new Diagnostic(file, 0, 0, null, message));
}
