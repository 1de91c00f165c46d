using Reporting.Testing;

namespace Reporting.Workbooks.Tests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding Reporting.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = Repo.Root;

    public static string SampleTemplates => Path.Combine(Root, "templates", "samples");
}
