using Reporting.Templating;
using Reporting.Documents;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Templates;
using Reporting.Workbooks.Writing;
using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>
/// Renders planned outputs from the templates folder: PDFs through the document engine and
/// workbooks through the workbook engine. One instance per run: fonts are loaded and templates parsed once.
/// </summary>
public sealed class TemplateOutputRenderer : IOutputRenderer, IDisposable
{
    private readonly DocumentRenderer documents;
    private readonly WorkbookTemplateRenderer workbooks;
    private readonly DocumentMarking marking;

    /// <param name="marking">How documents are marked: a run's are drafts (the default); an issue renders one unmarked.</param>
    public TemplateOutputRenderer(string templatesFolder, DocumentMarking? marking = null)
    {
        this.marking = marking ?? DocumentMarking.ForDraft;
        documents = new DocumentRenderer(templatesFolder);
        workbooks = new WorkbookTemplateRenderer(templatesFolder);
    }

    public RenderedOutput Render(PlannedOutput output) => output.Format switch
    {
        OutputFormat.Pdf => RenderPdf(output),
        OutputFormat.Xlsx => RenderWorkbook(output),
        _ => throw new ArgumentOutOfRangeException(nameof(output)),
    };

    private RenderedOutput RenderPdf(PlannedOutput output)
    {
        var rendered = documents.Render(output.Template, marking.AddTo(TemplateModel.FromJson(output.Model)));
        var fonts = rendered.Fonts.Select(f => new HashedFile(Path.GetFileName(f.Path), f.Sha256)).ToArray();
        return new RenderedOutput(rendered.Pdf, rendered.PageCount, fonts);
    }

    private RenderedOutput RenderWorkbook(PlannedOutput output)
    {
        var model = TemplateModel.FromJson(output.Model.GetRawText());
        // Markup errors point at the template line and column that wrote the markup.
        var markup = WorkbookMarkupParser.Parse(workbooks.Render(output.Template, model));
        return new RenderedOutput(WorkbookWriter.Write(markup), null, Array.Empty<HashedFile>());
    }

    public void Dispose() => documents.Dispose();
}
