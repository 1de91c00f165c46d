using Reporting.RunFormat;

namespace Reporting.Archive.Store;

/// <summary>
/// Whether a version folder is whole: its record and manifest read, and every file the record
/// lists is present with its hash. Recovery indexes a whole folder and quarantines any other.
/// </summary>
internal static class VersionCheck
{
    public static (VersionRecord Record, RunManifest Manifest)? TryRead(string versionFolder, out string problem)
    {
        try
        {
            var record = VersionRecord.Load(versionFolder);
            var manifest = RunManifest.Load(Path.Combine(versionFolder, RunManifest.FileName));
            foreach (var file in record.Files)
            {
                var path = Path.Combine(versionFolder, file.Path);
                if (!RunManifest.IsSafeRelativePath(file.Path) || !File.Exists(path) || Hashes.Sha256OfFile(path) != file.Sha256)
                {
                    problem = $"{file.Path} is missing or does not match archive.json";
                    return null;
                }
            }
            if (record.ManifestSha256 != manifest.Sha256 || record.DealId != manifest.DealId || record.Period != manifest.Period)
            {
                problem = "archive.json does not describe this manifest";
                return null;
            }
            problem = "";
            return (record, manifest);
        }
        catch (InputException e)
        {
            problem = e.Message;
            return null;
        }
    }
}
