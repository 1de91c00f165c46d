using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Workbooks.Templates;

/// <summary>
/// Loads templates and their includes from one folder and its subfolders, never from outside it,
/// so a template cannot read arbitrary files through <c>include '../../secret'</c>.
/// </summary>
internal sealed class ConfinedTemplateLoader(string templatesDirectory) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(templatesDirectory);

    public string Resolve(string templateName)
    {
        var path = Path.GetFullPath(Path.Combine(_root, templateName));
        var rootWithSeparator = Path.EndsInDirectorySeparator(_root) ? _root : _root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new WorkbookTemplateException($"Template '{templateName}' is outside the templates folder {_root}.");
        }

        return File.Exists(path)
            ? path
            : throw new WorkbookTemplateException($"Template '{templateName}' does not exist in {_root}.");
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        try
        {
            return Resolve(templateName);
        }
        catch (WorkbookTemplateException exception)
        {
            throw new ScriptRuntimeException(callerSpan, exception.Message);
        }
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
