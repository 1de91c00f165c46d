using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>
/// Writes a run folder: renders every planned output into a temporary folder beside the
/// target, then writes results.json and manifest.json, and only then moves the folder into
/// place. A failure at any point leaves no partial run behind.
/// </summary>
public static class RunFolderWriter
{
    public static RunManifest Write(RunContext context, IReadOnlyList<PlannedOutput> outputs, IOutputRenderer renderer)
    {
        var target = Path.GetFullPath(context.Request.OutputFolder);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var manifest = WriteInto(staging, context, outputs, renderer);
            MoveIntoPlace(staging, target);
            return manifest;
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static RunManifest WriteInto(string folder, RunContext context, IReadOnlyList<PlannedOutput> outputs, IOutputRenderer renderer)
    {
        var written = new List<ManifestOutput>();
        var fonts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in outputs.OrderBy(o => o.RelativePath, StringComparer.Ordinal))
        {
            var rendered = renderer.Render(output);
            var path = Path.Combine(folder, output.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, rendered.Bytes);
            foreach (var font in rendered.Fonts) fonts[font.Path] = font.Sha256;
            written.Add(new ManifestOutput(output.RelativePath, output.Kind, output.Format.ToString().ToLowerInvariant(),
                output.Title, output.DocumentDate, output.Addressee, rendered.Pages, output.ResultsKey, Hashes.Sha256(rendered.Bytes)));
        }

        var results = new RunResults(context.Terms.Info.Id, context.Period,
            new SortedDictionary<string, System.Text.Json.JsonElement>(
                outputs.ToDictionary(o => o.ResultsKey, o => o.Figures), StringComparer.Ordinal));
        var resultsBytes = ReportingJson.ToFileBytes(results);
        File.WriteAllBytes(Path.Combine(folder, RunResults.FileName), resultsBytes);

        var manifest = new RunManifest(
            RunManifest.CurrentFormat,
            EngineVersion.Current,
            context.Terms.Info.Id,
            context.Terms.Info.Name,
            context.Terms.Info.Scenario,
            context.Period,
            HashFolder(context.Request.DealFolder, _ => true),
            HashFolder(context.Request.TemplatesFolder, TemplateFiles.IsUsedByRuns),
            fonts.Select(f => new HashedFile(f.Key, f.Value)).ToArray(),
            written,
            new HashedFile(RunResults.FileName, Hashes.Sha256(resultsBytes)));
        File.WriteAllBytes(Path.Combine(folder, RunManifest.FileName), manifest.ToBytes());
        return manifest;
    }

    /// <summary>Every file under a folder (paths relative, '/'-separated, sorted) with its hash.</summary>
    private static IReadOnlyList<HashedFile> HashFolder(string folder, Func<string, bool> include) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Where(f => include(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => new HashedFile(f.Relative, Hashes.Sha256OfFile(f.Full)))
            .ToArray();

    /// <summary>
    /// Replaces any earlier run folder for the same deal and month: the old one is moved aside
    /// first, so at every instant the target is either the old complete run or the new one.
    /// </summary>
    private static void MoveIntoPlace(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            var aside = target + $".old-{Guid.NewGuid():N}";
            Directory.Move(target, aside);
            Directory.Move(staging, target);
            TryDelete(aside);
        }
        else
        {
            Directory.Move(staging, target);
        }
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
