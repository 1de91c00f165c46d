namespace Reporting.Cycle;

/// <summary>Which files of the templates folder a run depends on (and so hashes and archives).</summary>
public static class TemplateFiles
{
    /// <summary>
    /// Everything but the document engine's own samples and the archive's auditor page
    /// (<c>archive/</c>), which no run renders: rewording that page must not make every run a new version.
    /// </summary>
    public static bool IsUsedByRuns(string relativePath) =>
        !relativePath.StartsWith("samples/", StringComparison.Ordinal) && !relativePath.StartsWith("archive/", StringComparison.Ordinal);
}
