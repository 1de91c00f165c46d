using System.Text;
using System.Text.Json;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>
/// The auditor's page, split so that adding a run touches only what it adds. <c>index.html</c> is
/// one static page (copied from <c>templates/archive/index.html</c>, which holds every word it
/// shows); it loads, by script tags (which work from the file system, where fetch() does not):
/// <c>pages/list.js</c>, one line per deal and period, appended when a deal-period gets its first
/// version; <c>pages/DEAL/YYYY-MM.js</c>, the typed facts of one deal and period (its run versions
/// with preparer and approver, their documents, its issued documents with latest or superseded and
/// the check of the archived copy), rewritten whole by an add, approval or issue of that
/// deal-period; <c>pages/chain.js</c>, the chain's length and head, rewritten with each entry; and
/// <c>pages/check.js</c>, the last full check of the chain (by <c>archive page</c>, <c>recover</c>
/// or <c>reindex</c>). No clock: the same archive gives the same files.
/// </summary>
public static class ArchivePages
{
    public const string Folder = "pages";
    public const string ListFile = "pages/list.js";
    public const string ChainFile = "pages/chain.js";
    public const string CheckFile = "pages/check.js";
    public const string TemplatePath = "archive/index.html";

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string PeriodFile(string dealId, string period) => $"{Folder}/{dealId}/{period}.js";

    /// <summary>
    /// Copies the page from the templates folder when it is missing or differs (a few kilobytes
    /// compared, so it costs the same whatever the archive holds). A templates folder without the
    /// page leaves index.html as it is.
    /// </summary>
    public static void WriteTopPage(ArchiveLayout layout, string templatesFolder)
    {
        var template = Path.Combine(templatesFolder, TemplatePath.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(template)) return;
        var bytes = File.ReadAllBytes(template);
        if (File.Exists(layout.HtmlFile) && File.ReadAllBytes(layout.HtmlFile).AsSpan().SequenceEqual(bytes)) return;
        WriteAtomically(layout.HtmlFile, bytes);
    }

    /// <summary>
    /// Rewrites one deal-period's facts from the index (by its keys) and, the first time, appends it
    /// to the list. The caller holds that deal-period's lock or the archive's writer lock.
    /// </summary>
    public static void WritePeriod(ArchiveLayout layout, IArchiveIndex index, string dealId, string period, ArchiveOptions options)
    {
        var file = layout.Path(PeriodFile(dealId, period));
        var isNew = !File.Exists(file);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        WriteAtomically(file, _utf8.GetBytes($"archive.add({JsonSerializer.Serialize(Facts(layout, index, dealId, period), _json)});\n"));
        if (isNew)
        {
            using var pagesLock = ArchiveLock.Acquire(layout.PagesLockFile, options.LockTimeout);
            AppendToList(layout, dealId, period);
        }
    }

    /// <summary>
    /// After an interrupted add: the deal-period listed if its facts were written but its line was
    /// not (a kill between the two). Reads the list (one line per deal-period), so only recovery does it.
    /// </summary>
    public static void RepairList(ArchiveLayout layout, string dealId, string period, ArchiveOptions options)
    {
        using var pagesLock = ArchiveLock.Acquire(layout.PagesLockFile, options.LockTimeout);
        var list = layout.Path(ListFile);
        var text = File.Exists(list) ? File.ReadAllText(list, _utf8) : "";
        if (File.Exists(layout.Path(PeriodFile(dealId, period))) && !text.Contains(ListLine(dealId, period), StringComparison.Ordinal))
            AppendToList(layout, dealId, period);
    }

    /// <summary>Every deal-period's facts and the list rewritten from the index, and the chain fully checked: <c>reporting archive page</c>, recover and reindex.</summary>
    public static void WriteAll(ArchiveLayout layout, IArchiveIndex index, ArchiveOptions options)
    {
        var periods = index.Runs().Select(r => (r.DealId, r.Period)).Distinct().ToList();
        var list = new StringBuilder();
        foreach (var (dealId, period) in periods)
        {
            var file = layout.Path(PeriodFile(dealId, period));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            WriteAtomically(file, _utf8.GetBytes($"archive.add({JsonSerializer.Serialize(Facts(layout, index, dealId, period), _json)});\n"));
            list.Append(ListLine(dealId, period));
        }
        using var pagesLock = ArchiveLock.Acquire(layout.PagesLockFile, options.LockTimeout);
        WriteAtomically(layout.Path(ListFile), _utf8.GetBytes(list.ToString()));
        WriteChain(layout);
        var check = ArchiveChain.Check(layout);
        WriteAtomically(layout.Path(CheckFile), _utf8.GetBytes($"archive.check({JsonSerializer.Serialize(new { check.Entries, check.Head, check.Problems }, _json)});\n"));
    }

    /// <summary>The chain's length and head (reads the last entry only). The caller holds the lock its chain append held.</summary>
    public static void WriteChain(ArchiveLayout layout)
    {
        var last = ArchiveChain.Last(layout);
        WriteChain(layout, last?.Number ?? 0, last?.Sha256 ?? ChainEntry.Genesis);
    }

    /// <summary>The chain's length and head as an append just made them.</summary>
    public static void WriteChain(ArchiveLayout layout, int entries, string head)
    {
        Directory.CreateDirectory(layout.Path(Folder));
        var facts = new { Entries = entries, Head = head };
        WriteAtomically(layout.Path(ChainFile), _utf8.GetBytes($"archive.chain({JsonSerializer.Serialize(facts, _json)});\n"));
    }

    private static string ListLine(string dealId, string period) =>
        $"archive.period({JsonSerializer.Serialize(dealId, _json)},{JsonSerializer.Serialize(period, _json)});\n";

    private static void AppendToList(ArchiveLayout layout, string dealId, string period)
    {
        // One small write of a whole line. A kill can cut it; a cut line would stop the whole list
        // from loading, so the next append first cuts the file back to its last whole line (reading
        // its last block only).
        using var stream = new FileStream(layout.Path(ListFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var tail = new byte[(int)Math.Min(stream.Length, 4096)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        if (tail.Length > 0 && tail[^1] != (byte)'\n')
        {
            var lastLineEnd = Array.LastIndexOf(tail, (byte)'\n');
            stream.SetLength(stream.Length - tail.Length + lastLineEnd + 1);
        }
        stream.Seek(0, SeekOrigin.End);
        stream.Write(_utf8.GetBytes(ListLine(dealId, period)));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The typed facts of one deal and period; the page's template turns them into words.</summary>
    internal static PeriodFacts Facts(ArchiveLayout layout, IArchiveIndex index, string dealId, string period)
    {
        var lifecycle = index.LifecycleOf(dealId, period);
        var runs = index.RunsOf(dealId, period).Select(r =>
        {
            var (preparer, approver) = lifecycle.TryGetValue(r.Path, out var l) ? l : (null, null);
            return new RunFacts(r.Path, r.Version, approver is null ? "draft" : "approved", preparer, approver, r.Documents);
        }).ToList();
        var states = runs.ToDictionary(r => r.Path, StringComparer.Ordinal);
        var documents = index.DocumentsOf(dealId, period).Select(d => new DocumentFacts(d.Path, d.Version, d.Kind, d.Title, d.DocumentDate,
            d.Addressee, d.Sha256, d.OriginalSha256)).ToList();
        var issues = index.IssuesOf(dealId, period).Select(i =>
        {
            var r = i.Record;
            var run = states.TryGetValue(r.RunPath, out var s) ? s : null;
            return new IssueFacts(i.Path, i.DocumentPath, i.State, i.SupersededBy, r.AmendsIssue, r.AmendsReference, r.AmendsDate, r.Reason,
                r.Kind, r.Title, r.Reference, r.DocumentDate, r.Addressee, r.Recipient, r.Channel, r.SentAt, r.RunPath,
                run?.Preparer, run?.Approver, Check(layout, i), r.Signer, r.SentSha256, r.ArchivedSha256);
        }).ToList();
        var name = index.RunsOf(dealId, period) is { Count: > 0 } all ? all[^1].DealName : dealId;
        return new PeriodFacts(dealId, name, period, runs, documents, issues);
    }

    /// <summary>The archived copy against its record when the facts were written: <c>verified</c>, <c>missing</c>, <c>differs</c> or <c>prefix</c>.</summary>
    private static string Check(ArchiveLayout layout, IndexedIssue issue)
    {
        var file = layout.Path(issue.DocumentPath);
        if (!File.Exists(file)) return "missing";
        var bytes = File.ReadAllBytes(file);
        if (RunFormat.Hashes.Sha256(bytes) != issue.Record.ArchivedSha256) return "differs";
        if (bytes.LongLength < issue.Record.SentLength || RunFormat.Hashes.Sha256(bytes[..(int)issue.Record.SentLength]) != issue.Record.SentSha256)
            return "prefix";
        return "verified";
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}

internal sealed record PeriodFacts(string Deal, string DealName, string Period, IReadOnlyList<RunFacts> Runs, IReadOnlyList<DocumentFacts> Documents, IReadOnlyList<IssueFacts> Issues);

internal sealed record RunFacts(string Path, int Version, string State, string? Preparer, string? Approver, int Documents);

internal sealed record DocumentFacts(string Path, int Version, string Kind, string Title, string? Date, string? Addressee, string Sha256, string OriginalSha256);

internal sealed record IssueFacts(string Path, string Document, string State, string? SupersededBy, string? Amends, string? AmendsReference, string? AmendsDate,
    string? Reason, string Kind, string Title, string Reference, string Date, string? Addressee, string Recipient, string Channel, string SentAt,
    string Run, string? Preparer, string? Approver, string Check, string? Signer, string SentSha256, string ArchivedSha256);
