using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Templating;

/// <summary>
/// Loads templates from one folder and refuses any name that resolves outside it (<c>../</c>, absolute
/// paths, symbolic links leading out), so a template cannot read arbitrary files.
/// </summary>
public sealed class ConfinedTemplateLoader : ITemplateLoader
{
    public ConfinedTemplateLoader(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    public string Root { get; }

    /// <summary>The full path for <paramref name="templateName"/> (".sbn" is added when missing), or null if outside the folder.</summary>
    public string? Resolve(string templateName)
    {
        var name = Path.HasExtension(templateName) ? templateName : templateName + ".sbn";
        var path = Path.GetFullPath(Path.Combine(Root, name));
        return IsInside(path) && !PassesThroughLink(path) ? path : null;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName) ?? throw new ScriptRuntimeException(callerSpan,
            $"cannot include '{templateName}': templates may only include files inside the templates folder");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!File.Exists(templatePath))
        {
            throw new ScriptRuntimeException(callerSpan, $"template not found: {Path.GetRelativePath(Root, templatePath)}");
        }
        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>
    /// Whether any element from the folder down to <paramref name="path"/> is a symbolic link: checking
    /// only the last element would let a linked folder inside the templates folder lead anywhere.
    /// </summary>
    private bool PassesThroughLink(string path)
    {
        for (var current = path; current.Length > Root.Length; current = Path.GetDirectoryName(current)!)
        {
            if (new FileInfo(current).LinkTarget is not null) return true;
        }
        return false;
    }

    private bool IsInside(string path) =>
        path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
