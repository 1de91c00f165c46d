using System.IO.Compression;

namespace Reporting.Workbooks.Writing;

/// <summary>
/// Rewrites a zip package so that its bytes depend only on its contents: entries in a fixed order,
/// each stamped with the same fixed time instead of the moment it was written.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can hold; UTC offset zero so the machine's zone never shows.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypesEntry = "[Content_Types].xml";

    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Content types first, as the Open Packaging Conventions recommend for streaming readers.
            var entries = input.Entries
                .OrderBy(entry => entry.FullName == ContentTypesEntry ? 0 : 1)
                .ThenBy(entry => entry.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
