namespace Reporting.Cli;

/// <summary>Finds the repository's own folders (templates/) from the working directory or the program's location.</summary>
internal static class RepositoryPaths
{
    public static string Templates()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates");
                if (File.Exists(Path.Combine(dir.FullName, "Reporting.sln")) && Directory.Exists(candidate)) return candidate;
            }
        }
        throw new UsageException("cannot find the templates folder; pass --templates DIR");
    }
}
