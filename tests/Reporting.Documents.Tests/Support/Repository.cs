using Reporting.Testing;

namespace Reporting.Documents.Tests.Support;

/// <summary>Paths in the repository, found from the test assembly's location (works from a fresh clone).</summary>
internal static class Repository
{
    public static string Root { get; } = Repo.Root;

    public static string Templates => Path.Combine(Root, "templates");

    public static string Samples => Path.Combine(Templates, "samples");
}
