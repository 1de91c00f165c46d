using System.Reflection;

namespace Reporting.Cycle;

/// <summary>The version recorded in every manifest: the assembly's informational version (no commit hash, no date).</summary>
public static class EngineVersion
{
    public static string Current { get; } =
        typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
