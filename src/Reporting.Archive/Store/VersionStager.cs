using System.Text.Json;
using NodaTime;
using Reporting.Archive.Pdf;
using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// Fills a staging folder with one version: the manifest and results as the run wrote them, the
/// documents (PDFs as PDF/A-3b with their figures attached), the workbooks, the inputs and
/// templates the manifest names, and <c>archive.json</c>. Every source file is checked against
/// the manifest's hash first; a mismatch is bad input and nothing is archived.
/// </summary>
internal static class VersionStager
{
    public const string Producer = "Reporting.Archive PDF/A-3b post-processor";

    public static VersionRecord Stage(RunManifest manifest, string runFolder, string dealFolder, string templatesFolder, string staging, int version)
    {
        var sources = manifest.Inputs.Select(f => (Entry: f, From: Path.Combine(dealFolder, f.Path), To: "inputs/" + f.Path))
            .Concat(manifest.Templates.Select(f => (Entry: f, From: Path.Combine(templatesFolder, f.Path), To: "templates/" + f.Path)))
            .Concat(manifest.Outputs.Select(o => (Entry: new HashedFile(o.Path, o.Sha256), From: Path.Combine(runFolder, o.Path), To: o.Path)))
            .Append((Entry: manifest.Results, From: Path.Combine(runFolder, manifest.Results.Path), To: manifest.Results.Path))
            .ToList();
        // Each source is read once: checked against its hash, then staged from the same bytes.
        var contents = ReadChecked(sources.Select(s => (s.Entry, s.From)));

        var results = ReadResults(Path.Combine(runFolder, manifest.Results.Path));
        var files = new List<ArchivedFile>();
        var outputs = manifest.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);
        foreach (var (entry, from, to) in sources)
        {
            var bytes = contents[from];
            if (outputs.TryGetValue(entry.Path, out var output) && to == output.Path && output.IsPdf)
            {
                var archival = PdfA3Converter.Convert(bytes, MetadataFor(manifest, output), Figures(results, output), output.ResultsKey + ".json");
                WriteNew(Path.Combine(staging, to), archival);
                files.Add(new ArchivedFile(to, Hashes.Sha256(archival), entry.Sha256, bytes.LongLength));
            }
            else
            {
                WriteNew(Path.Combine(staging, to), bytes);
                files.Add(new ArchivedFile(to, entry.Sha256));
            }
        }
        WriteNew(Path.Combine(staging, RunManifest.FileName), manifest.Bytes);
        files.Add(new ArchivedFile(RunManifest.FileName, manifest.Sha256));

        return new VersionRecord(VersionRecord.CurrentFormat, manifest.DealId, manifest.Period, version, manifest.Sha256, manifest.Fonts,
            files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
    }

    public static void WriteRecord(string staging, VersionRecord record) =>
        WriteNew(Path.Combine(staging, VersionRecord.FileName), record.ToBytes());

    /// <summary>The PDF/A metadata of an archived document: its title and date from the manifest, never the clock.</summary>
    public static PdfA3Metadata MetadataFor(RunManifest manifest, ManifestOutput output)
    {
        // A date that is there but not yyyy-mm-dd is already refused when the manifest is read.
        var date = output.DocumentDate ?? throw Problem(output.Path, "a PDF output needs a document_date (the archival copy is dated from it)");
        var instant = date.AtMidnight().InUtc().ToInstant();
        var addressee = output.Addressee is null ? "" : $", to {output.Addressee}";
        return new PdfA3Metadata(
            Title: output.Title,
            Author: manifest.DealName,
            Subject: $"{output.Kind} for {manifest.DealId}, {manifest.Period}{addressee}",
            Creator: $"reporting {manifest.EngineVersion}",
            Producer: Producer,
            Created: instant,
            Modified: instant,
            AttachmentDescription: $"Figures shown in this document: results.json, documents.{output.ResultsKey}");
    }

    /// <summary>The document's part of results.json, as the exact bytes it has there.</summary>
    public static byte[] Figures(JsonElement results, ManifestOutput output)
    {
        if (output.ResultsKey is null) throw Problem(output.Path, "a PDF output needs a results_key (its figures are embedded in the archival copy)");
        if (!results.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Object
            || !documents.TryGetProperty(output.ResultsKey, out var part))
            throw Problem(output.Path, $"results.json has no documents.{output.ResultsKey}");
        return System.Text.Encoding.UTF8.GetBytes(part.GetRawText());
    }

    public static JsonElement ReadResults(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw Problem(path, $"not valid JSON: {e.Message}");
        }
    }

    /// <summary>Every source's bytes, each checked against the manifest's hash; every missing or changed file is reported at once.</summary>
    private static Dictionary<string, byte[]> ReadChecked(IEnumerable<(HashedFile Entry, string From)> sources)
    {
        var errors = new InputErrors();
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (entry, from) in sources)
        {
            if (!File.Exists(from))
            {
                errors.Add(from, 0, 0, null, "listed in the manifest but missing");
                continue;
            }
            var bytes = File.ReadAllBytes(from);
            if (Hashes.Sha256(bytes) is var actual && actual != entry.Sha256)
                errors.Add(from, 0, 0, null, $"SHA-256 is {actual} but the manifest says {entry.Sha256}");
            contents[from] = bytes;
        }
        errors.ThrowIfAny();
        return contents;
    }

    /// <summary>Writes a staged file; the caller makes the whole staging folder durable at once (<see cref="StagedFolderDurability"/>).</summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
    }

    private static InputException Problem(string file, string message) => new(new Diagnostic(file, 0, 0, null, message));
}
