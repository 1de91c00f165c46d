using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Rename;

// Usage: dotnet run --project tools/field-names -- Reporting.sln
// Renames every private field (static or not; constants excepted) whose name is not _camelCase (the rule in .editorconfig) with
// Roslyn's Renamer, so references in every project follow. dotnet format cannot do this: the IDE1006
// code fix has no "fix all". A rename that would clash with a member of the same name is refused and
// reported, and the tool exits non-zero; nothing is written unless every rename succeeds.

MSBuildLocator.RegisterDefaults();
return await FieldRenamer.RunAsync(args.Length > 0 ? args[0] : "Reporting.sln");

static class FieldRenamer
{
    public static async Task<int> RunAsync(string solutionPath)
    {
        using var workspace = MSBuildWorkspace.Create();
        var solution = await workspace.OpenSolutionAsync(solutionPath);
        foreach (var diagnostic in workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure))
        {
            Console.Error.WriteLine($"workspace: {diagnostic.Message}");
        }

        // Found once, then each field is looked up again in the solution as the renames before it left it.
        var violations = new List<(ProjectId Project, string Type, string Field)>();
        foreach (var project in solution.Projects)
        {
            var compilation = await project.GetCompilationAsync();
            if (compilation is null) continue;
            foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace))
            {
                foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(Violates))
                {
                    violations.Add((project.Id, MetadataName(type), field.Name));
                }
            }
        }

        var renamed = 0;
        var refused = new List<string>();
        foreach (var (projectId, typeName, fieldName) in violations)
        {
            var compilation = await solution.GetProject(projectId)!.GetCompilationAsync();
            var field = compilation!.Assembly.GetTypeByMetadataName(typeName)?.GetMembers(fieldName).OfType<IFieldSymbol>().SingleOrDefault();
            if (field is null)
            {
                refused.Add($"{typeName}.{fieldName}: not found again after the renames before it");
                continue;
            }
            var newName = HouseName(field.Name);
            if (field.ContainingType.GetMembers(newName).Any())
            {
                refused.Add($"{Location(field)}: {field.ContainingType.Name}.{field.Name} -> {newName}: the type already has a member named {newName}");
                continue;
            }
            Console.WriteLine($"{Location(field)}: {field.ContainingType.Name}.{field.Name} -> {newName}");
            solution = await Renamer.RenameSymbolAsync(solution, field, new SymbolRenameOptions(), newName);
            renamed++;
        }

        if (refused.Count > 0)
        {
            foreach (var line in refused) Console.Error.WriteLine("refused " + line);
            Console.Error.WriteLine($"{refused.Count} field(s) need a hand rename; nothing was written.");
            return 1;
        }
        if (renamed > 0 && !workspace.TryApplyChanges(solution))
        {
            Console.Error.WriteLine("could not write the renamed files.");
            return 1;
        }
        Console.WriteLine($"{renamed} field(s) renamed.");
        return 0;
    }

    /// <summary>The house name of a private field: _camelCase.</summary>
    public static string HouseName(string name)
    {
        var bare = name.TrimStart('_');
        return "_" + char.ToLowerInvariant(bare[0]) + bare[1..];
    }

    private static bool Violates(IFieldSymbol field) =>
        field.DeclaredAccessibility == Accessibility.Private
        && !field.IsConst && !field.IsImplicitlyDeclared
        && field.CanBeReferencedByName
        && field.Locations.All(l => l.IsInSource && !l.SourceTree!.FilePath.Contains("/obj/", StringComparison.Ordinal))
        && field.Name != HouseName(field.Name);

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in AllTypes(ns)) yield return type;
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in AllTypes(type)) yield return nested;
            }
        }
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName
        : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    private static string Location(IFieldSymbol field)
    {
        var span = field.Locations[0].GetLineSpan();
        return $"{Path.GetRelativePath(Environment.CurrentDirectory, span.Path)}:{span.StartLinePosition.Line + 1}";
    }
}
