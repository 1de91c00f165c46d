namespace Reporting.Testing;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static string Deal(string id) => Path("deals", id);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Reporting.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Reporting.sln not found above the test assembly.");
    }
}
