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
    public static VerificationReport Verify(string path, IRunRenderer? renderer)
    {
        var (versionFolder, document) = Locate(path);
        var findings = new List<VerificationFinding>();
        var record = VersionRecord.Load(versionFolder);
        RunManifest manifest;
        try
        {
            manifest = RunManifest.Load(Path.Combine(versionFolder, RunManifest.FileName));
        }
        catch (InputException e)
        {
            findings.Add(new(RunManifest.FileName, "manifest", e.Message));
            return new VerificationReport(versionFolder, document, 0, false, findings);
        }

        var checkedFiles = CheckHashes(versionFolder, document, record, manifest, findings);
        CheckIndex(versionFolder, document, record, manifest, findings);
        if (renderer is null) return new VerificationReport(versionFolder, document, checkedFiles, false, findings);

        ReRender(versionFolder, document, record, manifest, renderer, findings);
        return new VerificationReport(versionFolder, document, checkedFiles, true, findings);
    }

    /// <summary>The version folder (the nearest folder holding archive.json) and the document path inside it, if a file was given.</summary>
    private static (string VersionFolder, string? Document) Locate(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, VersionRecord.FileName))) return (full, null);
        if (File.Exists(full))
        {
            for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(Path.Combine(folder, VersionRecord.FileName)))
                    return (folder, Path.GetRelativePath(folder, full).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }
        var what = Directory.Exists(full) || File.Exists(full) ? "is not inside an archived run version (no archive.json)" : "does not exist";
        throw new InputException(new Diagnostic(path, 0, 0, null, $"{what}; expected an archive version folder such as archive/DEAL/YYYY-MM/v0001 or a document in one"));
    }

    private static int CheckHashes(string versionFolder, string? document, VersionRecord record, RunManifest manifest, List<VerificationFinding> findings)
    {
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

        if (document is null)
        {
            foreach (var extra in Directory.EnumerateFiles(versionFolder, "*", SearchOption.AllDirectories)
                         .Select(f => Path.GetRelativePath(versionFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
                         .Where(f => f != VersionRecord.FileName && !listed.ContainsKey(f)).Order(StringComparer.Ordinal))
                findings.Add(new(extra, "listing", "not listed in archive.json: added after archiving"));
        }
        return count;
    }

    /// <summary>When the version sits in an archive with an index, the index must agree with the files.</summary>
    private static void CheckIndex(string versionFolder, string? document, VersionRecord record, RunManifest manifest, List<VerificationFinding> findings)
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(versionFolder)));
        if (root is null || !File.Exists(Path.Combine(root, ArchiveLayout.IndexFileName))) return;
        var relative = ArchiveLayout.VersionPath(record.DealId, record.Period, record.Version);
        using var index = ArchiveIndex.OpenReadOnly(root);
        var run = index.Runs(record.DealId, record.Period, record.Version).SingleOrDefault();
        if (run is null)
        {
            findings.Add(new(relative, "index", "not in index.sqlite"));
            return;
        }
        if (run.ManifestSha256 != manifest.Sha256)
            findings.Add(new(RunManifest.FileName, "index", $"index.sqlite has manifest SHA-256 {run.ManifestSha256}, the file {manifest.Sha256}"));
        var rows = index.Documents(new DocumentQuery(record.DealId, record.Period, record.Version)).ToDictionary(d => d.Path);
        foreach (var output in manifest.Outputs.Where(o => document is null || o.Path == document))
        {
            // Against the file itself, not archive.json: a file and its record changed together still disagree with the index.
            var file = Path.Combine(versionFolder, output.Path);
            var actual = File.Exists(file) ? Hashes.Sha256OfFile(file) : "(missing)";
            if (!rows.TryGetValue($"{relative}/{output.Path}", out var row)) findings.Add(new(output.Path, "index", "not in index.sqlite"));
            else if (row.Sha256 != actual) findings.Add(new(output.Path, "index", $"index.sqlite has SHA-256 {row.Sha256}, the file {actual}"));
        }
    }

    private static void ReRender(string versionFolder, string? document, VersionRecord record, RunManifest manifest, IRunRenderer renderer, List<VerificationFinding> findings)
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
                findings.Add(new("inputs/", "re-render", "the archived inputs no longer render: " + e.Message));
                return;
            }
            CompareManifest(versionFolder, output, findings);
            CompareResults(versionFolder, output, manifest, findings);
            foreach (var o in manifest.Outputs.Where(o => document is null || o.Path == document))
                CompareOutput(versionFolder, output, manifest, o, record.Files.FirstOrDefault(f => f.Path == o.Path), findings);
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
        foreach (var difference in differences) findings.Add(new(RunManifest.FileName, "manifest", difference));
    }

    private static void CompareResults(string versionFolder, string output, RunManifest manifest, List<VerificationFinding> findings)
    {
        var archived = File.ReadAllBytes(Path.Combine(versionFolder, manifest.Results.Path));
        var path = Path.Combine(output, manifest.Results.Path);
        var rerendered = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (rerendered is null) findings.Add(new(manifest.Results.Path, "re-render", "missing from the re-rendered run"));
        else if (!archived.AsSpan().SequenceEqual(rerendered))
        {
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
        var archivedFile = File.ReadAllBytes(Path.Combine(versionFolder, entry.Path));
        var original = entry.IsPdf && file?.OriginalLength is { } length && length <= archivedFile.Length ? archivedFile[..(int)length] : archivedFile;
        if (!original.AsSpan().SequenceEqual(rerendered))
        {
            var how = $"re-rendered SHA-256 {Hashes.Sha256(rerendered)}, archived {Hashes.Sha256(original)}";
            if (!entry.IsPdf) findings.Add(new(entry.Path, "re-render", how));
            else foreach (var difference in PdfTextDifferences.Between(original, rerendered)) findings.Add(new(entry.Path, "page-text", $"{difference} ({how})"));
            return;
        }
        if (!entry.IsPdf) return;
        var results = VersionStager.ReadResults(Path.Combine(output, manifest.Results.Path));
        var reconverted = PdfA3Converter.Convert(rerendered, VersionStager.MetadataFor(manifest, entry), VersionStager.Figures(results, entry), entry.ResultsKey + ".json");
        if (!reconverted.AsSpan().SequenceEqual(archivedFile))
            findings.Add(new(entry.Path, "archival-copy", $"the document matches, but converting it to PDF/A-3b again gives SHA-256 {Hashes.Sha256(reconverted)}, the archived copy is {Hashes.Sha256(archivedFile)}"));
    }
}
