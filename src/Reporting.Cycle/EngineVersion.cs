using System.Reflection;

namespace Reporting.Cycle;

/// <summary>
/// The version recorded in every manifest: the assembly's informational version (no commit hash, no
/// date, so manifests stay byte-identical across builds). The source revision the engine was built
/// from (<c>git describe</c> at build time) is recorded beside a run in the archive's chain instead.
/// </summary>
public static class EngineVersion
{
    public static string Current { get; } =
        typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary><c>git describe --always --tags</c> of the source tree at build time, or "unknown" (built outside a git checkout).</summary>
    public static string SourceRevision { get; } =
        typeof(EngineVersion).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceRevision")?.Value is { Length: > 0 } revision ? revision : "unknown";
}
