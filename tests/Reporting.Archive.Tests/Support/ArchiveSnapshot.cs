using Reporting.Archive.Index;
using Reporting.RunFormat;

namespace Reporting.Archive.Tests.Support;

/// <summary>Everything an auditor could see of an archive: each file's path and hash, and every index row.</summary>
internal static class ArchiveSnapshot
{
    public static IReadOnlyList<string> Of(string archive)
    {
        var lines = new List<string>();
        if (!Directory.Exists(archive)) return lines;
        foreach (var file in Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(archive, f))
                     // Lock files are empty machinery, not content: the archive-wide .lock and the per deal-period ones under .locks/.
                     .Where(f => f is not ".lock" and not "index.sqlite" && !f.StartsWith(".locks/", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            lines.Add($"file {file} {Hashes.Sha256OfFile(Path.Combine(archive, file))}");
        if (File.Exists(Path.Combine(archive, "index.sqlite")))
        {
            using var index = ArchiveIndex.OpenReadOnly(archive);
            lines.AddRange(index.Dump());
        }
        return lines;
    }
}
