using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>
/// The one way a deal's month is written, for <c>reporting run DEAL</c> and for every deal of a
/// book run alike: the target folders are checked before anything is written, the deal and month's
/// run lock is held from rendering until the run is archived and in place, and the run folder is
/// staged, archived from staging, and only then moved into place (docs/run-output.md).
/// </summary>
public static class DealRun
{
    /// <summary>
    /// Why the run may not write <paramref name="runFolder"/> (or archive into <paramref name="archiveFolder"/>),
    /// as a sentence naming the folder by <paramref name="runFolderLabel"/>; null when it may.
    /// </summary>
    public static string? TargetProblem(string runFolder, string runFolderLabel, string archiveFolder, string dealFolder, string templatesFolder)
    {
        if (RunFolderOwnership.Problem(Path.GetFullPath(runFolder)) is { } problem)
            return $"{runFolderLabel} {runFolder} {problem}.";
        // The deal and templates folders are hashed and archived whole: a run must not write into them.
        foreach (var (written, label) in new[] { (runFolder, runFolderLabel), (archiveFolder, "--archive") })
            foreach (var (read, what) in new[] { (dealFolder, "deal"), (templatesFolder, "templates") })
                if (IsInside(written, read))
                    return $"{label} {written} is inside the {what} folder {read}, which the run reads and archives whole; choose a folder outside it.";
        return null;
    }

    /// <summary>Renders <paramref name="outputs"/> under the run lock, hands the complete staging folder to <paramref name="archive"/>, then moves it into place.</summary>
    /// <param name="onWait">Told once if another run of the same deal and month holds the lock.</param>
    public static RunManifest Write(RunContext context, IReadOnlyList<PlannedOutput> outputs, IOutputRenderer renderer,
        Action<string, RunManifest>? archive, Action? onWait = null)
    {
        using var runLock = RunLock.Acquire(context.Terms.Info.Id, context.Period, onWait);
        return RunFolderWriter.Write(context, outputs, renderer, archive);
    }

    private static bool IsInside(string path, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
