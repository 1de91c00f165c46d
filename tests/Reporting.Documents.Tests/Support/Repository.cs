namespace Reporting.Documents.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's location (works from a fresh clone).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Samples => Path.Combine(Templates, "samples");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Reporting.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (Reporting.sln) above the test assembly.");
    }
}
