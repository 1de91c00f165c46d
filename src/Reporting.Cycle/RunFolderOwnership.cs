using System.Text.RegularExpressions;

namespace Reporting.Cycle;

/// <summary>
/// Which folders a run may replace or delete: only its own. A run folder carries a marker file;
/// anything else at the target (a file, a link, a folder with other content) is refused before
/// anything is written, and only staging debris named and marked as ours is ever cleaned up.
/// </summary>
public static partial class RunFolderOwnership
{
    /// <summary>The marker every run folder (and its staging folder) holds.</summary>
    public const string MarkerFileName = ".reporting-run";

    /// <summary>The marker's content: fixed, so two runs of the same inputs stay byte-identical.</summary>
    public const string MarkerText = "This folder was written by `reporting run`; a later run of the same deal and month may replace it.\n";

    /// <summary>
    /// Throws <see cref="OutputFolderException"/> unless <paramref name="target"/> is absent, an empty
    /// folder, or a run folder (marked, or the plain layout of a run folder written before markers).
    /// </summary>
    public static void CheckReplaceable(string target)
    {
        var problem = Problem(target);
        if (problem is not null) throw new OutputFolderException(target, problem);
    }

    public static string? Problem(string target)
    {
        var info = new DirectoryInfo(target);
        if (info.LinkTarget is not null || new FileInfo(target).LinkTarget is not null)
            return "is a symbolic link; a run writes only into a real folder it made itself";
        if (File.Exists(target)) return "is a file, not a run folder";
        if (!info.Exists) return null;
        if (IsOwned(info) || !info.EnumerateFileSystemInfos().Any()) return null;
        return "is a folder with other content, not a run folder (it has no " + MarkerFileName + " marker); choose an empty or new folder for --out";
    }

    /// <summary>A real (not linked) folder holding the run marker, or exactly the files of a run folder.</summary>
    public static bool IsOwned(DirectoryInfo folder)
    {
        if (!folder.Exists || folder.LinkTarget is not null) return false;
        var marker = new FileInfo(Path.Combine(folder.FullName, MarkerFileName));
        if (marker.Exists && marker.LinkTarget is null) return true;
        // Run folders written before the marker existed: manifest, results and the two output folders, nothing else.
        var names = folder.EnumerateFileSystemInfos().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return names.Contains("manifest.json") && names.IsSubsetOf(new[] { "manifest.json", "results.json", "documents", "workbooks" });
    }

    /// <summary>
    /// Removes the staging (<c>.NAME.partial-*</c>) and set-aside (<c>NAME.old-*</c>) folders that
    /// runs of <paramref name="target"/> killed part-way left beside it. Only folders with our names
    /// that are empty or marked as ours are removed; the caller holds the run lock, so none is in use.
    /// </summary>
    public static int CleanStale(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent)) return 0;
        var name = Path.GetFileName(target);
        int removed = 0;
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories())
        {
            if (!IsStagingName(folder.Name, name) || folder.LinkTarget is not null) continue;
            if (!IsOwned(folder) && folder.EnumerateFileSystemInfos().Any()) continue;
            try
            {
                folder.Delete(recursive: true);
                removed++;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return removed;
    }

    public static string StagingName(string target) => $".{Path.GetFileName(target)}.partial-{Guid.NewGuid():N}";

    public static string AsideName(string target) => $"{target}.old-{Guid.NewGuid():N}";

    private static bool IsStagingName(string candidate, string name) =>
        (candidate.StartsWith($".{name}.partial-", StringComparison.Ordinal) || candidate.StartsWith($"{name}.old-", StringComparison.Ordinal))
        && Guid32().IsMatch(candidate[(candidate.LastIndexOf('-') + 1)..]);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Guid32();
}

/// <summary>The run's target folder is not one a run may write to; nothing was written.</summary>
public sealed class OutputFolderException(string folder, string problem) : Exception($"{folder}: {problem}")
{
    public string Folder { get; } = folder;
}
