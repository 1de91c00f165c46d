using System.Text.Json;
using Reporting.Archive.Index;
using Reporting.Archive.Pdf;
using Reporting.Archive.Store;
using Reporting.RunFormat;

namespace Reporting.Archive.Verification;

/// <summary>
/// Proves an archived version (or one document of it) is what was made and sent: recomputes
/// every hash against <c>archive.json</c>, the run manifest and the index; then re-renders the run
/// from the archived inputs and templates and compares it byte for byte, explaining any difference
/// (which manifest entry, which PDF page's text, which results entry).
/// </summary>
public static class ArchiveVerifier
{
    /// <param name="path">An archived version folder (<c>DEAL/YYYY-MM/v0001</c>) or a file inside one.</param>
    /// <param name="renderer">Re-makes the run; null checks the hashes only (and the report then does not match).</param>
    /// <remarks>Every kind of damage is a finding, never an exception: a missing or unreadable file, a corrupt
    /// record, manifest, results or index, an edited index row, a template or font that no longer renders the same.</remarks>
    /// <param name="indexDatabase">Where the archive's index lives (null: its index.sqlite).</param>
    public static VerificationReport Verify(string path, IRunRenderer? renderer, IIndexDatabase? indexDatabase = null)
    {
        var (versionFolder, document) = Locate(path);
        var findings = new List<VerificationFinding>();
        VersionRecord? record = null;
        try
        {
            record = VersionRecord.Load(versionFolder);
        }
        catch (InputException e)
        {
            findings.Add(new(VersionRecord.FileName, "record", Message(e)));
        }
        RunManifest? manifest = null;
        try
        {
            manifest = RunManifest.Load(Path.Combine(versionFolder, RunManifest.FileName));
        }
        catch (InputException e)
        {
            findings.Add(new(RunManifest.FileName, "manifest", Message(e)));
        }

        var checkedFiles = CheckHashes(versionFolder, document, record, manifest, findings);
        if (ArchiveRootOf(versionFolder) is { } root)
            IndexAudit.CheckVersion(indexDatabase ?? SqliteIndexDatabase.Instance, root, Path.GetRelativePath(root, versionFolder).Replace(Path.DirectorySeparatorChar, '/'), versionFolder, document, record, manifest, findings);
        if (renderer is null || manifest is null) return new VerificationReport(versionFolder, document, checkedFiles, false, findings);

        ReRender(versionFolder, document, record, manifest, renderer, findings);
        return new VerificationReport(versionFolder, document, checkedFiles, true, findings);
    }

    /// <summary>
    /// Every version of a whole archive (<paramref name="archiveRoot"/> holds index.sqlite or version
    /// folders), with each finding's path made relative to the archive root, and then the index's rows
    /// that no version folder backs.
    /// </summary>
    public static VerificationReport VerifyArchive(string archiveRoot, IRunRenderer? renderer, IIndexDatabase? indexDatabase = null)
    {
        var layout = new ArchiveLayout(archiveRoot);
        var findings = new List<VerificationFinding>();
        var files = 0;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, _, _, relative) in layout.VersionFolders())
        {
            folders.Add(relative);
            var report = Verify(layout.Path(relative), renderer, indexDatabase);
            files += report.FilesChecked;
            findings.AddRange(report.Findings.Select(f => f.Path == ArchiveLayout.IndexFileName || f.Path.StartsWith(relative, StringComparison.Ordinal)
                ? f : f with { Path = $"{relative}/{f.Path}" }));
        }
        IndexAudit.CheckRows(indexDatabase ?? SqliteIndexDatabase.Instance, layout.Root, folders, findings);
        // The index's own problems (a dropped trigger, an unreadable file) are found once per version: say them once.
        var distinct = findings.Distinct().ToList();
        return new VerificationReport(layout.Root, null, files, renderer is not null, distinct);
    }

    /// <summary>
    /// Every version of one deal, or of one deal and period, each finding's path relative to the
    /// archive root. Throws <see cref="InputException"/> when the archive has no version of it.
    /// </summary>
    public static VerificationReport VerifyScope(string archiveRoot, string dealId, string? period, IRunRenderer? renderer, IIndexDatabase? indexDatabase = null)
    {
        var layout = new ArchiveLayout(archiveRoot);
        var versions = layout.VersionFolders().Where(v => v.DealId == dealId && (period is null || v.Period == period)).ToList();
        if (versions.Count == 0)
            throw new InputException(new Diagnostic(archiveRoot, 0, 0, null, $"the archive has no run version of {dealId}{(period is null ? "" : $" for {period}")}"));
        var findings = new List<VerificationFinding>();
        var files = 0;
        foreach (var (_, _, _, relative) in versions)
        {
            var report = Verify(layout.Path(relative), renderer, indexDatabase);
            files += report.FilesChecked;
            findings.AddRange(report.Findings.Select(f => f.Path == ArchiveLayout.IndexFileName || f.Path.StartsWith(relative, StringComparison.Ordinal)
                ? f : f with { Path = $"{relative}/{f.Path}" }));
        }
        return new VerificationReport(layout.Root, null, files, renderer is not null, findings.Distinct().ToList());
    }

    /// <summary>Whether a folder is an archive root to verify as a whole (rather than a version folder).</summary>
    public static bool IsArchiveRoot(string path) =>
        Directory.Exists(path) && !File.Exists(Path.Combine(path, VersionRecord.FileName))
        && (File.Exists(Path.Combine(path, ArchiveLayout.IndexFileName)) || new ArchiveLayout(path).VersionFolders().Any());

    private static string Message(InputException e) => string.Join("; ", e.Errors.Select(error => error.Message));

    /// <summary>The archive holding a version folder (<c>ROOT/DEAL/YYYY-MM/vNNNN</c>), or null when the folder stands alone.</summary>
    private static string? ArchiveRootOf(string versionFolder)
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(versionFolder)));
        if (root is null) return null;
        var layout = new ArchiveLayout(root);
        // An auditor may be given one version folder alone; it is part of an archive only when the archive's own files are there.
        return File.Exists(layout.IndexFile) || File.Exists(layout.LockFile) || File.Exists(layout.HtmlFile) ? layout.Root : null;
    }

    /// <summary>
    /// The version folder (the nearest folder holding archive.json, or a <c>DEAL/YYYY-MM/vNNNN</c> folder
    /// of an archive whose archive.json is gone) and the document path inside it, if a file was given.
    /// </summary>
    private static (string VersionFolder, string? Document) Locate(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(full) && IsVersionFolder(full)) return (full, null);
        if (File.Exists(full))
        {
            for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (IsVersionFolder(folder))
                    return (folder, Path.GetRelativePath(folder, full).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }
        var what = Directory.Exists(full) || File.Exists(full) ? "is not inside an archived run version (no archive.json)" : "does not exist";
        throw new InputException(new Diagnostic(path, 0, 0, null, $"{what}; expected an archive version folder such as archive/DEAL/YYYY-MM/v0001 or a document in one"));
    }

    private static bool IsVersionFolder(string folder) =>
        File.Exists(Path.Combine(folder, VersionRecord.FileName))
        || (ArchiveLayout.TryParseVersionName(Path.GetFileName(folder), out _) && ArchiveRootOf(folder) is not null);

    private static int CheckHashes(string versionFolder, string? document, VersionRecord? record, RunManifest? manifest, List<VerificationFinding> findings)
    {
        if (record is null)
        {
            return manifest is null ? 0 : CheckAgainstManifest(versionFolder, document, manifest, findings);
        }
        var listed = record.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (document is not null && !listed.ContainsKey(document) && document != VersionRecord.FileName)
            findings.Add(new(document, "listing", "not listed in archive.json: not part of the archived version"));

        var count = 0;
        foreach (var file in record.Files.Where(f => document is null || f.Path == document || f.Path == RunManifest.FileName))
        {
            var full = Path.Combine(versionFolder, file.Path);
            if (!File.Exists(full))
            {
                findings.Add(new(file.Path, "hash", "missing"));
                continue;
            }
            var bytes = File.ReadAllBytes(full);
            count++;
            var actual = Hashes.Sha256(bytes);
            if (actual != file.Sha256) findings.Add(new(file.Path, "hash", $"SHA-256 is {actual}, archive.json says {file.Sha256}"));
            if (file.OriginalLength is { } length && file.OriginalSha256 is { } original)
            {
                var prefix = length <= bytes.Length ? Hashes.Sha256(bytes.AsSpan(0, (int)length)) : "(file shorter than the original)";
                if (prefix != original) findings.Add(new(file.Path, "original", $"the document as sent (first {length} bytes) hashes to {prefix}, archive.json says {original}"));
            }
        }

        if (manifest is null)
        {
            ExtraFiles(versionFolder, document, listed, findings);
            return count;
        }
        if (record.ManifestSha256 != manifest.Sha256)
            findings.Add(new(RunManifest.FileName, "hash", $"SHA-256 is {manifest.Sha256}, archive.json says {record.ManifestSha256}"));
        var expected = manifest.Inputs.Select(f => ("inputs/" + f.Path, f.Sha256))
            .Concat(manifest.Templates.Select(f => ("templates/" + f.Path, f.Sha256)))
            .Concat(manifest.Outputs.Select(o => (o.Path, o.Sha256)))
            .Append((manifest.Results.Path, manifest.Results.Sha256));
        foreach (var (path, sha) in expected.Where(e => document is null || e.Item1 == document))
        {
            if (!listed.TryGetValue(path, out var file)) findings.Add(new(path, "manifest", "in the manifest but not in archive.json"));
            else if ((file.OriginalSha256 ?? file.Sha256) != sha)
                findings.Add(new(path, "manifest", $"archive.json has {file.OriginalSha256 ?? file.Sha256}, the manifest says {sha}"));
        }

        ExtraFiles(versionFolder, document, listed, findings);
        return count;
    }

    private static void ExtraFiles(string versionFolder, string? document, IReadOnlyDictionary<string, ArchivedFile> listed, List<VerificationFinding> findings)
    {
        if (document is not null) return;
        foreach (var extra in Directory.EnumerateFiles(versionFolder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(versionFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
                     .Where(f => f != VersionRecord.FileName && !listed.ContainsKey(f)).Order(StringComparer.Ordinal))
            findings.Add(new(extra, "listing", "not listed in archive.json: added after archiving"));
    }

    /// <summary>Without a readable archive.json, each file the manifest lists is checked against the manifest's hash (a PDF's archived copy cannot be: its length as sent is in archive.json).</summary>
    private static int CheckAgainstManifest(string versionFolder, string? document, RunManifest manifest, List<VerificationFinding> findings)
    {
        var count = 0;
        var expected = manifest.Inputs.Select(f => ("inputs/" + f.Path, f.Sha256, false))
            .Concat(manifest.Templates.Select(f => ("templates/" + f.Path, f.Sha256, false)))
            .Concat(manifest.Outputs.Select(o => (o.Path, o.Sha256, o.IsPdf)))
            .Append((manifest.Results.Path, manifest.Results.Sha256, false));
        foreach (var (path, sha, isPdf) in expected.Where(e => document is null || e.Item1 == document))
        {
            var full = Path.Combine(versionFolder, path);
            if (!File.Exists(full))
            {
                findings.Add(new(path, "hash", "missing"));
                continue;
            }
            count++;
            var actual = Hashes.Sha256OfFile(full);
            if (!isPdf && actual != sha) findings.Add(new(path, "hash", $"SHA-256 is {actual}, the manifest says {sha}"));
        }
        return count;
    }

    private static void ReRender(string versionFolder, string? document, VersionRecord? record, RunManifest manifest, IRunRenderer renderer, List<VerificationFinding> findings)
    {
        var work = Path.Combine(Path.GetTempPath(), "reporting-verify-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(work, "run");
        Directory.CreateDirectory(work);
        try
        {
            try
            {
                renderer.Render(Path.Combine(versionFolder, "inputs"), manifest.Period, Path.Combine(versionFolder, "templates"), output);
            }
            catch (InputException e)
            {
                findings.Add(new("inputs/", "re-render", "the archived inputs no longer render: " + Message(e)));
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An archived template or input that is gone, no longer parses or no longer renders: damage to report, not a crash.
                findings.Add(new("templates/", "re-render", "the archived inputs and templates no longer render: " + e.Message));
                return;
            }
            CompareManifest(versionFolder, output, findings);
            CompareResults(versionFolder, output, manifest, findings);
            foreach (var o in manifest.Outputs.Where(o => document is null || o.Path == document))
                CompareOutput(versionFolder, output, manifest, o, record?.Files.FirstOrDefault(f => f.Path == o.Path), findings);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CompareManifest(string versionFolder, string output, List<VerificationFinding> findings)
    {
        var archived = File.ReadAllBytes(Path.Combine(versionFolder, RunManifest.FileName));
        var path = Path.Combine(output, RunManifest.FileName);
        if (!File.Exists(path))
        {
            findings.Add(new(RunManifest.FileName, "re-render", "the re-rendered run has no manifest.json"));
            return;
        }
        var rerendered = File.ReadAllBytes(path);
        if (archived.AsSpan().SequenceEqual(rerendered)) return;
        var differences = JsonDifferences.Between(JsonDocument.Parse(archived).RootElement, JsonDocument.Parse(rerendered).RootElement);
        if (differences.Count == 0) findings.Add(new(RunManifest.FileName, "manifest", "same entries, different bytes (formatting)"));
        foreach (var difference in differences)
        {
            // A font differs when this machine's file is not the one the run used, or the archived hash was changed.
            if (difference.StartsWith("fonts", StringComparison.Ordinal)) findings.Add(new(RunManifest.FileName, "font", difference));
            else findings.Add(new(RunManifest.FileName, "manifest", difference));
        }
    }

    private static void CompareResults(string versionFolder, string output, RunManifest manifest, List<VerificationFinding> findings)
    {
        var archivedPath = Path.Combine(versionFolder, manifest.Results.Path);
        if (!File.Exists(archivedPath)) return; // reported by the hash check
        var archived = File.ReadAllBytes(archivedPath);
        var path = Path.Combine(output, manifest.Results.Path);
        var rerendered = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (rerendered is null) findings.Add(new(manifest.Results.Path, "re-render", "missing from the re-rendered run"));
        else if (!archived.AsSpan().SequenceEqual(rerendered))
        {
            if (!IsJson(archived, out var error))
            {
                findings.Add(new(manifest.Results.Path, "results", $"the archived file is not valid JSON ({error})"));
                return;
            }
            var differences = JsonDifferences.Between(JsonDocument.Parse(archived).RootElement, JsonDocument.Parse(rerendered).RootElement);
            if (differences.Count == 0) findings.Add(new(manifest.Results.Path, "results", "same figures, different bytes (formatting)"));
            foreach (var difference in differences) findings.Add(new(manifest.Results.Path, "results", difference));
        }
    }

    private static void CompareOutput(string versionFolder, string output, RunManifest manifest, ManifestOutput entry, ArchivedFile? file, List<VerificationFinding> findings)
    {
        var path = Path.Combine(output, entry.Path);
        if (!File.Exists(path))
        {
            findings.Add(new(entry.Path, "re-render", "missing from the re-rendered run"));
            return;
        }
        var rerendered = File.ReadAllBytes(path);
        var archivedPath = Path.Combine(versionFolder, entry.Path);
        if (!File.Exists(archivedPath)) return; // reported by the hash check
        var archivedFile = File.ReadAllBytes(archivedPath);
        // The document as sent is a prefix of the archived PDF/A copy: of the length archive.json records, or,
        // when archive.json is unreadable, of the re-rendered length if that prefix has the manifest's hash.
        var length = file?.OriginalLength
            ?? (entry.IsPdf && rerendered.Length <= archivedFile.Length && Hashes.Sha256(archivedFile.AsSpan(0, rerendered.Length)) == entry.Sha256 ? (long?)rerendered.Length : null);
        var original = entry.IsPdf && length is { } l && l <= archivedFile.Length ? archivedFile[..(int)l] : archivedFile;
        if (!original.AsSpan().SequenceEqual(rerendered))
        {
            var how = $"re-rendered SHA-256 {Hashes.Sha256(rerendered)}, archived {Hashes.Sha256(original)}";
            if (!entry.IsPdf) findings.Add(new(entry.Path, "re-render", how));
            else foreach (var difference in PageTextDifferences(original, rerendered)) findings.Add(new(entry.Path, "page-text", $"{difference} ({how})"));
            return;
        }
        if (!entry.IsPdf) return;
        var results = VersionStager.ReadResults(Path.Combine(output, manifest.Results.Path));
        var reconverted = PdfA3Converter.Convert(rerendered, VersionStager.MetadataFor(manifest, entry), VersionStager.Figures(results, entry), entry.ResultsKey + ".json");
        if (!reconverted.AsSpan().SequenceEqual(archivedFile))
            findings.Add(new(entry.Path, "archival-copy", $"the document matches, but converting it to PDF/A-3b again gives SHA-256 {Hashes.Sha256(reconverted)}, the archived copy is {Hashes.Sha256(archivedFile)}"));
    }

    /// <summary>Which pages' text differs; an archived copy too damaged to read as a PDF says so instead.</summary>
    private static IReadOnlyList<string> PageTextDifferences(byte[] archived, byte[] rerendered)
    {
        try
        {
            return PdfTextDifferences.Between(archived, rerendered);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"the archived document cannot be read as a PDF ({e.Message})"];
        }
    }

    private static bool IsJson(byte[] bytes, out string error)
    {
        try
        {
            using var _ = JsonDocument.Parse(bytes);
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }
}
