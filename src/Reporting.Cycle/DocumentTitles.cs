using System.Text.RegularExpressions;
using System.Xml.Linq;
using Reporting.Cycle.Models;
using Reporting.Cycle.Planning;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Cycle;

/// <summary>
/// Words every document's title, subject and keywords from its <see cref="TitleFacts"/> through
/// <c>documents/titles.sbn</c> of the run's templates folder. The titles feed the PDF and workbook
/// metadata, the running header, the manifest, the archive index, the working memo's "Letter" line
/// and the run summary, so each is one line. A document prints its title as worded (the no-break
/// space <c>date</c> puts between month and day keeps a date whole in the running header); the
/// manifest and what reads it get plain spaces (<see cref="Planned"/>). One per run: the template is
/// parsed once and each title worded once.
/// </summary>
public sealed partial class DocumentTitles
{
    public const string TemplateName = "documents/titles.sbn";

    private readonly string _templatesFolder;
    private readonly object _gate = new();
    private readonly Dictionary<TitleFacts, DocumentTitle> _worded = [];
    private MarkupTemplateRenderer? _renderer;

    public DocumentTitles(string templatesFolder) => _templatesFolder = templatesFolder;

    /// <exception cref="TemplateException">The template fails, or gives no title, subject or keywords for the kind.</exception>
    public DocumentTitle For(TitleFacts facts)
    {
        lock (_gate)
        {
            if (_worded.TryGetValue(facts, out var known)) return known;
            _renderer ??= new MarkupTemplateRenderer(_templatesFolder);
            var markup = _renderer.Render(TemplateName, TemplateModel.FromJson(ReportingJson.ToElement(facts)));
            var root = XDocument.Parse(markup.Text).Root!;
            string Line(string element)
            {
                var text = Spaces().Replace(root.Element(element)?.Value ?? "", " ").Trim();
                return text.Length > 0 ? text : throw new TemplateException(new Diagnostic(markup.TemplatePath, 0, 0, null,
                    $"gives no {element} for a document of kind '{facts.Kind}'"));
            }
            var title = new DocumentTitle(Line("title"), Line("subject"), Line("keywords"));
            _worded.Add(facts, title);
            return title;
        }
    }

    /// <summary>Runs of white space but the no-break space, which <c>date</c> writes on purpose.</summary>
    [GeneratedRegex(@"[^\S\u00A0]+")]
    private static partial Regex Spaces();
}
