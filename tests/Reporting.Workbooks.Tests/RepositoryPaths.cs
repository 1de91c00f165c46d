namespace Reporting.Workbooks.Tests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding Reporting.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string SampleTemplates => Path.Combine(Root, "templates", "samples");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Reporting.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Reporting.sln not found above " + AppContext.BaseDirectory);
    }
}
