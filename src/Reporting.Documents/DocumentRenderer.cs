using Reporting.Templating;
using System.Text.Json;
using Reporting.Documents.Fonts;
using Reporting.Documents.Markup;
using Reporting.Documents.Output;
using Reporting.Documents.Diagnostics;
using Scriban.Runtime;

namespace Reporting.Documents;

/// <summary>
/// Template + model to PDF: renders the Scriban template to markup, parses it (errors point back to
/// the template's line and column), lays it out and writes the PDF with subset fonts. Keep one per
/// thread and reuse it: parsed templates and loaded fonts are cached.
/// </summary>
public sealed class DocumentRenderer : IDisposable
{
    private readonly bool _ownsFonts;

    /// <param name="templatesFolder">Templates and everything they include live here.</param>
    /// <param name="fonts">Shared fonts; by default DejaVu from <see cref="FontSet.DejaVuDirectory"/>, owned by this renderer.</param>
    public DocumentRenderer(string templatesFolder, FontSet? fonts = null)
    {
        Templates = new MarkupTemplateRenderer(templatesFolder);
        _ownsFonts = fonts is null;
        Fonts = fonts ?? FontSet.DejaVu();
    }

    public MarkupTemplateRenderer Templates { get; }

    public FontSet Fonts { get; }

    /// <exception cref="DocumentError">Anything wrong with template, model, markup or layout, located.</exception>
    public RenderedDocument Render(string templateName, JsonElement model) => Render(templateName, TemplateModel.FromJson(model));

    public RenderedDocument Render(string templateName, IDictionary<string, object?> model) =>
        Render(templateName, TemplateModel.FromDictionary(model));

    public RenderedDocument Render(string templateName, ScriptObject model)
    {
        var markup = RenderTemplate(templateName, model);
        var document = MarkupParser.Parse(markup.Text, markup.TemplatePath, markup.SourceMap, Fonts);
        return new RenderedDocument(document, Fonts, PdfWriter.Write(document, Fonts), markup.Text);
    }

    /// <summary>The template's markup; a template that does not render is a document error like any other.</summary>
    private GeneratedMarkup RenderTemplate(string templateName, ScriptObject model)
    {
        try
        {
            return Templates.Render(templateName, model);
        }
        catch (TemplateException e)
        {
            throw new DocumentError(e.Diagnostics);
        }
    }

    /// <summary>Renders hand-written markup (no template); errors name <paramref name="sourceName"/>.</summary>
    public RenderedDocument RenderMarkup(string markup, string sourceName)
    {
        var document = MarkupParser.Parse(markup, sourceName, new IdentitySourceMap(sourceName), Fonts);
        return new RenderedDocument(document, Fonts, PdfWriter.Write(document, Fonts), markup);
    }

    public void Dispose()
    {
        if (_ownsFonts)
        {
            Fonts.Dispose();
        }
    }
}
