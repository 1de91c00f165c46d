namespace Reporting.Cli;

/// <summary>Finds the repository's own folders (templates/) from the working directory or the program's location.</summary>
internal static class RepositoryPaths
{
    public static string Templates() => Folder("templates", "--templates DIR");

    /// <summary>The sample deals (<c>deals/</c>), from which synthetic books are made.</summary>
    public static string Deals() => Folder("deals", "--samples DIR");

    private static string Folder(string name, string option)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(Path.Combine(dir.FullName, "Reporting.sln")) && Directory.Exists(candidate)) return candidate;
            }
        }
        throw new UsageException($"cannot find the {name} folder; pass {option}");
    }
}
