using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Archive.Store;

/// <summary>
/// Where things live in an archive folder. Version folders are <c>DEAL/YYYY-MM/v0001</c>;
/// names starting with a dot are the archive's own machinery, never a deal.
/// </summary>
public sealed partial class ArchiveLayout(string root)
{
    public const string IndexFileName = "index.sqlite";
    public const string HtmlFileName = "index.html";

    public string Root { get; } = System.IO.Path.GetFullPath(root);

    public string IndexFile => Path("index.sqlite");

    public string HtmlFile => Path(HtmlFileName);

    public string LockFile => Path(".lock");

    public string StagingFolder => Path(".staging");

    /// <summary>Markers of adds in progress, one per deal and period: what recovery looks at instead of walking every version.</summary>
    public string PendingFolder => Path(".pending");

    /// <summary>Per deal-and-period writer locks, so adds of different deals or months never wait for each other.</summary>
    public string LocksFolder => Path(".locks");

    /// <summary>Held briefly while the archive-wide and per-deal pages are rewritten, so the last writer's page includes every commit before it.</summary>
    public string PagesLockFile => Path(".locks/pages.lock");

    /// <summary>The writer lock of one deal and period.</summary>
    public string PeriodLockFile(string dealId, string period) => Path($".locks/{dealId}/{period}.lock");

    /// <summary>The name of an in-progress marker and prefix of staging folders of one deal and period ('+' is in no deal id or period).</summary>
    public static string PeriodKey(string dealId, string period) => $"{dealId}+{period}";

    public string PendingMarker(string dealId, string period) => System.IO.Path.Combine(PendingFolder, PeriodKey(dealId, period));

    public string QuarantineFolder => Path(".quarantine");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public static string VersionName(int version) => "v" + version.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The version folder relative to the root, with forward slashes (as the index stores it).</summary>
    public static string VersionPath(string dealId, string period, int version) => $"{dealId}/{period}/{VersionName(version)}";

    public static bool TryParseVersionName(string name, out int version)
    {
        version = 0;
        return VersionNamePattern().IsMatch(name) && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    /// <summary>The version folders on disk of one deal and period (one folder listed, not the archive).</summary>
    public IEnumerable<(int Version, string RelativePath)> VersionFolders(string dealId, string period)
    {
        var folder = Path($"{dealId}/{period}");
        if (!Directory.Exists(folder)) yield break;
        foreach (var name in Directory.EnumerateDirectories(folder).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal))
            if (name is not null && TryParseVersionName(name, out var version)) yield return (version, VersionPath(dealId, period, version));
    }

    /// <summary>Every version folder on disk (outside the dot-folders), as (deal, period, version, relative path).</summary>
    public IEnumerable<(string DealId, string Period, int Version, string RelativePath)> VersionFolders()
    {
        if (!Directory.Exists(Root)) yield break;
        foreach (var deal in Directory.EnumerateDirectories(Root).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (deal is null || deal.StartsWith('.')) continue;
            foreach (var period in Directory.EnumerateDirectories(Path(deal)).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal))
            {
                if (period is null || !PeriodPattern().IsMatch(period)) continue;
                foreach (var name in Directory.EnumerateDirectories(Path($"{deal}/{period}")).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal))
                {
                    if (name is not null && TryParseVersionName(name, out var version)) yield return (deal, period, version, VersionPath(deal, period, version));
                }
            }
        }
    }

    /// <summary>Relative path (forward slashes) of a full path under the root, or null when it is outside.</summary>
    public string? Relative(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Root, System.IO.Path.GetFullPath(fullPath));
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? null : relative.Replace(System.IO.Path.DirectorySeparatorChar, '/');
    }

    [GeneratedRegex("^v[0-9]{4,}$")]
    private static partial Regex VersionNamePattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex PeriodPattern();
}
