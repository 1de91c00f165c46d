using Reporting.Templating;

namespace Reporting.Workbooks.Templates;

/// <summary>
/// Renders workbook templates from one folder into workbook markup through the shared front end
/// (<see cref="MarkupTemplateRenderer"/>: strict, XML-escaping, invariant, confined includes, source
/// map), adding the <c>wb</c> helpers: <c>wb.number</c>, <c>wb.date</c>, <c>wb.bool</c>, <c>wb.col</c>,
/// <c>wb.ref</c> and <c>wb.raw</c> (see docs/workbook-markup.md). Parsed templates are cached. Not thread-safe.
/// </summary>
public sealed class WorkbookTemplateRenderer
{
    private readonly MarkupTemplateRenderer _templates;

    public WorkbookTemplateRenderer(string templatesFolder)
    {
        _templates = new MarkupTemplateRenderer(templatesFolder, new Dictionary<string, object> { ["wb"] = new WorkbookTemplateFunctions() });
    }

    /// <summary>
    /// The markup <paramref name="templateName"/> writes for <paramref name="model"/> (a JSON-built
    /// <see cref="Scriban.Runtime.ScriptObject"/> or any object, whose members become snake_case), with its
    /// source map; give it to <see cref="Markup.WorkbookMarkupParser.Parse(GeneratedMarkup)"/>.
    /// </summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, or fails while rendering.</exception>
    public GeneratedMarkup Render(string templateName, object model) =>
        _templates.Render(templateName, TemplateModel.FromObject(model));
}
