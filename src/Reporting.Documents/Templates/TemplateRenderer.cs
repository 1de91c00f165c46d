using Reporting.RunFormat;
using Reporting.Templating;
using Reporting.Documents.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Documents.Templates;

/// <summary>
/// Renders Scriban templates from one folder into document markup: strict variables, values
/// XML-escaped by default, US formatting functions, includes confined to the folder. Parsed templates
/// are cached, so one renderer serves many documents. Not thread-safe.
/// </summary>
public sealed class TemplateRenderer
{
    private const int MaxIncludeDepth = 16;
    private readonly ConfinedTemplateLoader _loader;
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateRenderer(string templatesFolder)
    {
        if (!Directory.Exists(templatesFolder))
        {
            throw new DirectoryNotFoundException($"Templates folder not found: {templatesFolder}");
        }
        _loader = new ConfinedTemplateLoader(templatesFolder);
    }

    /// <summary>The templates folder, as a full path.</summary>
    public string Root => _loader.Root;

    /// <exception cref="DocumentError">The template is missing, does not parse, or fails while rendering.</exception>
    public GeneratedMarkup Render(string templateName, ScriptObject model)
    {
        var path = _loader.Resolve(templateName)
            ?? throw new DocumentError(new Diagnostic(templateName, 0, 0, "the template is outside the templates folder"));
        if (!File.Exists(path))
        {
            throw new DocumentError(new Diagnostic(path, 0, 0, "template not found"));
        }
        var template = Parse(path);

        var context = new MarkupTemplateContext(_loader);
        var functions = new ScriptObject();
        functions.Import(typeof(FormatFunctions));
        functions.Import("include", new Func<TemplateContext, SourceSpan, string, object>(Include));
        functions.SetValue("model", model, readOnly: true);
        context.PushGlobal(model);
        context.PushGlobal(functions);
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
        _loader.Load(context, span, path);
        if (markupContext.IncludeDepth >= MaxIncludeDepth)
        {
            throw new ScriptRuntimeException(span, $"includes are nested more than {MaxIncludeDepth} deep (does a template include itself?)");
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
            throw new DocumentError(template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Diagnose(m.Span, m.Message, path))
                .ToList());
        }
        _parsed.Add(path, template);
        return template;
    }

    private static DocumentError RuntimeError(ScriptRuntimeException e, string path)
    {
        if (e is ScriptParserRuntimeException parser && parser.ParserMessages.Count > 0)
        {
            return new DocumentError(parser.ParserMessages.Select(m => Diagnose(m.Span, m.Message, path)).ToList());
        }
        var message = e.OriginalMessage;
        if (e.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) && !message.Contains(inner.Message, StringComparison.Ordinal))
        {
            message += ": " + inner.Message;
        }
        return new DocumentError(Diagnose(e.Span, message, path));
    }

    private static Diagnostic Diagnose(SourceSpan span, string message, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1, message);
}
