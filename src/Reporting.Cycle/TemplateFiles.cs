namespace Reporting.Cycle;

/// <summary>Which files of the templates folder a run depends on (and so hashes and archives).</summary>
public static class TemplateFiles
{
    /// <summary>Everything but the document engine's own samples, which no run uses.</summary>
    public static bool IsUsedByRuns(string relativePath) =>
        !relativePath.StartsWith("samples/", StringComparison.Ordinal);
}
