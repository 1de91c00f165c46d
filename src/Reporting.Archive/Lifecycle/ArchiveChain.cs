using System.Globalization;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Lifecycle;

/// <summary>
/// The archive's hash chain: <c>chain/NNNNNN.json</c>, appended under the writer lock, never
/// rewritten. <see cref="Check"/> follows every link and re-hashes what each entry points at.
/// </summary>
public static class ArchiveChain
{
    public const string FolderName = "chain";

    public static string Folder(ArchiveLayout layout) => layout.Path(FolderName);

    /// <summary>Every entry in order, with the SHA-256 of its file.</summary>
    public static IReadOnlyList<(ChainEntry Entry, string Sha256, string File)> Read(ArchiveLayout layout)
    {
        var folder = Folder(layout);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Bytes: File.ReadAllBytes(f), File: f))
            .Select(x => (ChainEntry.Parse(x.File, x.Bytes), Hashes.Sha256(x.Bytes), x.File))
            .ToList();
    }

    /// <summary>The hash of the last entry's file; the genesis value for an empty chain.</summary>
    public static string Head(ArchiveLayout layout) => Last(layout) is { } last ? last.Sha256 : ChainEntry.Genesis;

    /// <summary>
    /// The last entry's number and the hash of its file; null for an empty chain. An append must
    /// not cost more as the chain grows, so the number comes from the hint <c>chain/.last</c>
    /// (written after each entry), trusted only when its entry exists and the next one does not;
    /// otherwise (no hint yet, or a kill between an entry and its hint) the folder is listed.
    /// </summary>
    public static (int Number, string Sha256)? Last(ArchiveLayout layout)
    {
        var folder = Folder(layout);
        if (!Directory.Exists(folder)) return null;
        var hint = Path.Combine(folder, HintFileName);
        if (File.Exists(hint) && int.TryParse(File.ReadAllText(hint), NumberStyles.None, CultureInfo.InvariantCulture, out var hinted)
            && File.Exists(Path.Combine(folder, FileName(hinted))) && !File.Exists(Path.Combine(folder, FileName(hinted + 1))))
            return (hinted, Hashes.Sha256OfFile(Path.Combine(folder, FileName(hinted))));
        var last = -1;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            if (int.TryParse(Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > last)
                last = n;
        }
        return last < 0 ? null : (last, Hashes.Sha256OfFile(Path.Combine(folder, FileName(last))));
    }

    /// <summary>Not an entry (entries are <c>*.json</c>): the number of the last one, so an append reads one file, not the folder.</summary>
    public const string HintFileName = ".last";

    private static string FileName(int sequence) => sequence.ToString("D6", CultureInfo.InvariantCulture) + ".json";

    /// <summary>Appends an entry linked to the current head. The caller holds the writer lock (or the pages lock).</summary>
    public static (ChainEntry Entry, string Sha256) Append(ArchiveLayout layout, string kind, string recordedAt, IReadOnlyDictionary<string, string?> fields)
    {
        var last = Last(layout);
        var sequence = (last?.Number ?? 0) + 1;
        var entry = new ChainEntry(sequence, kind, last?.Sha256 ?? ChainEntry.Genesis, recordedAt,
            new SortedDictionary<string, string?>(fields.ToDictionary(), StringComparer.Ordinal));
        var bytes = entry.ToBytes();
        Directory.CreateDirectory(Folder(layout));
        var path = Path.Combine(Folder(layout), FileName(sequence));
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        // No overwrite: an entry file once written is never replaced.
        File.Move(temporary, path, overwrite: false);
        var hint = Path.Combine(Folder(layout), HintFileName);
        File.WriteAllText(hint + ".tmp", sequence.ToString(CultureInfo.InvariantCulture));
        File.Move(hint + ".tmp", hint, overwrite: true);
        return (entry, Hashes.Sha256(bytes));
    }

    /// <summary>The run entry for a version folder (relative path), if the chain has one.</summary>
    public static (ChainEntry Entry, string Sha256)? RunEntry(ArchiveLayout layout, string versionPath) =>
        Read(layout).Where(e => e.Entry.Kind == ChainEntry.Run && e.Entry.Field("path") == versionPath)
            .Select(e => ((ChainEntry, string)?)(e.Entry, e.Sha256)).LastOrDefault();

    /// <summary>
    /// Follows every link and checks what each entry points at still has the hash it recorded: a
    /// run's archive.json, an issue's record and archived PDF. Returns the problems and the head.
    /// </summary>
    public static ChainCheck Check(ArchiveLayout layout, string? expectedHead = null)
    {
        var problems = new List<string>();
        var previous = ChainEntry.Genesis;
        var entries = new List<(ChainEntry Entry, string Sha256, string File)>();
        try
        {
            entries.AddRange(Read(layout));
        }
        catch (InputException e)
        {
            problems.AddRange(e.Errors.Select(d => d.ToString()));
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, sha, file) = entries[i];
            var name = Path.GetFileName(file);
            if (entry.Sequence != i + 1 || name != (i + 1).ToString("D6", CultureInfo.InvariantCulture) + ".json")
                problems.Add($"chain/{name}: entry {entry.Sequence} is at position {i + 1}: an entry was removed or renamed");
            if (entry.Previous != previous)
                problems.Add($"chain/{name}: records previous entry {entry.Previous} but the entry before it hashes to {previous}: the chain was rewritten here");
            foreach (var (field, relative) in PointedFiles(entry))
            {
                var full = layout.Path(relative);
                var recorded = entry.Field(field);
                if (!File.Exists(full)) problems.Add($"chain/{name}: {relative} is missing");
                else if (Hashes.Sha256OfFile(full) is var actual && actual != recorded)
                    problems.Add($"chain/{name}: {relative} has SHA-256 {actual} but the chain recorded {recorded}");
            }
            previous = sha;
        }
        if (expectedHead is not null && !previous.StartsWith(expectedHead.ToLowerInvariant(), StringComparison.Ordinal))
            problems.Add($"chain head is {previous}, not the {expectedHead} recorded outside the archive: history was rewritten or removed since");
        return new ChainCheck(entries.Count, previous, problems);
    }

    private static IEnumerable<(string Field, string Relative)> PointedFiles(ChainEntry entry)
    {
        if (entry.Kind == ChainEntry.Run && entry.Field("path") is { } run)
            yield return ("archive_record_sha256", run + "/" + VersionRecord.FileName);
        if (entry.Kind == ChainEntry.Issue && entry.Field("path") is { } issue)
        {
            yield return ("issue_record_sha256", issue + "/" + IssueRecord.FileName);
            if (entry.Field("document") is { } document) yield return ("archived_sha256", issue + "/" + document);
        }
    }
}

/// <summary>The outcome of checking the chain: how many entries, the head, and every problem found.</summary>
public sealed record ChainCheck(int Entries, string Head, IReadOnlyList<string> Problems);
