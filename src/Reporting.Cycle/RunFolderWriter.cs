using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>
/// Writes a run folder: renders every planned output into a temporary folder beside the
/// target, then writes results.json and manifest.json, lets the caller archive the complete
/// folder, and only then moves it into place. A failure at any point leaves no partial run
/// behind and the earlier run folder, if any, as it was. Only folders a run made itself
/// (<see cref="RunFolderOwnership"/>) are ever replaced.
/// </summary>
public static class RunFolderWriter
{
    /// <param name="beforePlacing">Called with the complete staging folder before it replaces the target (the run archives it there).</param>
    public static RunManifest Write(RunContext context, IReadOnlyList<PlannedOutput> outputs, IOutputRenderer renderer,
        Action<string, RunManifest>? beforePlacing = null)
    {
        var target = Path.GetFullPath(context.Request.OutputFolder);
        RunFolderOwnership.CheckReplaceable(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RunFolderOwnership.CleanStale(target);
        var staging = Path.Combine(parent, RunFolderOwnership.StagingName(target));
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllText(Path.Combine(staging, RunFolderOwnership.MarkerFileName), RunFolderOwnership.MarkerText);
            var manifest = WriteInto(staging, context, outputs, renderer);
            beforePlacing?.Invoke(staging, manifest);
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
        RunFolderOwnership.CheckReplaceable(target); // again: it may have changed while rendering
        if (Directory.Exists(target))
        {
            var aside = RunFolderOwnership.AsideName(target);
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
