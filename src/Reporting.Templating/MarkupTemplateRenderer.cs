using Reporting.RunFormat;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Templating;

/// <summary>
/// The one Scriban front end of the document and workbook engines: renders templates from one folder
/// into XML markup with strict variables, every value XML-escaped unless it is <see cref="RawMarkup"/>,
/// US formatting functions (<see cref="FormatFunctions"/>), includes confined to the folder, and a
/// source map from the markup back to the template lines that wrote it. Parsed templates are cached,
/// so one renderer serves many outputs. Not thread-safe.
/// </summary>
public sealed class MarkupTemplateRenderer
{
    private const int MaxIncludeDepth = 16;
    private readonly ConfinedTemplateLoader _loader;
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ScriptObject _functions;

    /// <param name="templatesFolder">Templates and everything they include live here.</param>
    /// <param name="helpers">An engine's own names for templates (e.g. the workbook engine's <c>wb</c>), added to the shared ones.</param>
    public MarkupTemplateRenderer(string templatesFolder, IReadOnlyDictionary<string, object>? helpers = null)
    {
        if (!Directory.Exists(templatesFolder))
        {
            throw new DirectoryNotFoundException($"Templates folder not found: {templatesFolder}");
        }
        _loader = new ConfinedTemplateLoader(templatesFolder);
        _functions = new ScriptObject();
        _functions.Import(typeof(FormatFunctions));
        _functions.Import("include", new Func<TemplateContext, SourceSpan, string, object>(Include));
        foreach (var (name, value) in helpers ?? new Dictionary<string, object>())
        {
            _functions.SetValue(name, value, readOnly: true);
        }
    }

    /// <summary>The templates folder, as a full path.</summary>
    public string Root => _loader.Root;

    /// <exception cref="TemplateException">The template is missing, does not parse, or fails while rendering.</exception>
    public GeneratedMarkup Render(string templateName, ScriptObject model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var path = _loader.Resolve(templateName)
            ?? throw new TemplateException(new Diagnostic(templateName, 0, 0, "the template is outside the templates folder"));
        if (!File.Exists(path))
        {
            throw new TemplateException(new Diagnostic(path, 0, 0, "template not found"));
        }
        var template = Parse(path);

        var context = new MarkupTemplateContext(_loader);
        context.PushGlobal(model);
        context.PushGlobal(_functions);
        // A fresh top scope per render: what a template assigns never leaks into the next render.
        var locals = new ScriptObject();
        locals.SetValue("model", model, readOnly: true);
        context.PushGlobal(locals);
        var output = new MarkupOutput();
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw RuntimeError(e, path);
        }
        var text = output.ToString();
        return new GeneratedMarkup(text, path, new TemplateSourceMap(text, output.Chunks, path));
    }

    /// <summary>
    /// <c>{{ include "name" }}</c>: renders another template from the folder into the output as markup
    /// (not escaped again), keeping its own source positions for error messages.
    /// </summary>
    private object Include(TemplateContext context, SourceSpan span, string name)
    {
        var markupContext = (MarkupTemplateContext)context;
        var path = _loader.GetPath(context, span, name);
        if (markupContext.IncludeDepth >= MaxIncludeDepth)
        {
            throw new ScriptRuntimeException(span, $"includes are nested more than {MaxIncludeDepth} deep (does a template include itself?)");
        }
        if (!_parsed.ContainsKey(path) && !File.Exists(path))
        {
            throw new ScriptRuntimeException(span, $"template not found: {Path.GetRelativePath(_loader.Root, path)}");
        }
        var template = Parse(path);
        var output = new MarkupOutput();
        markupContext.IncludeDepth++;
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
            markupContext.IncludeDepth--;
        }
        return new RawMarkup(output.ToString(), output.Chunks);
    }

    private Template Parse(string path)
    {
        if (_parsed.TryGetValue(path, out var cached))
        {
            return cached;
        }
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new TemplateException(template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Diagnose(m.Span, m.Message, path))
                .ToList());
        }
        _parsed.Add(path, template);
        return template;
    }

    private static TemplateException RuntimeError(ScriptRuntimeException e, string path)
    {
        if (e is ScriptParserRuntimeException parser && parser.ParserMessages.Count > 0)
        {
            return new TemplateException(parser.ParserMessages.Select(m => Diagnose(m.Span, m.Message, path)).ToList());
        }
        if (e.InnerException is TemplateException included)
        {
            // An included template that does not parse: its own positions, not the include's.
            return included;
        }
        var message = e.OriginalMessage;
        if (e.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) && !message.Contains(inner.Message, StringComparison.Ordinal))
        {
            message += ": " + inner.Message;
        }
        return new TemplateException(Diagnose(e.Span, message, path));
    }

    private static Diagnostic Diagnose(SourceSpan span, string message, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1, message);
}
