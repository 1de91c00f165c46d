using Reporting.Templating;
using System.Globalization;
using System.Security;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Workbooks.Templates;

/// <summary>
/// Renders a Scriban template into workbook markup, strictly: an unknown variable or member is an
/// error with its template line and column, every value written is XML-escaped, numbers and dates
/// are formatted with the invariant culture, and <c>include</c> reads only from the templates folder.
/// </summary>
/// <remarks>
/// Helpers for templates live in the <c>wb</c> object: <c>wb.number</c>, <c>wb.date</c>,
/// <c>wb.bool</c>, <c>wb.col</c>, <c>wb.ref</c> and <c>wb.raw</c> (see docs/workbook-markup.md).
/// </remarks>
public static class WorkbookTemplateRenderer
{
    public static string Render(string templatesDirectory, string templateName, object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var loader = new ConfinedTemplateLoader(templatesDirectory);
        var path = loader.Resolve(templateName)
            ?? throw new WorkbookTemplateException($"Template '{templateName}' is outside the templates folder {loader.Root}.");
        if (!File.Exists(path)) throw new WorkbookTemplateException($"Template '{templateName}' does not exist in {loader.Root}.");
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new WorkbookTemplateException(
                $"Template {templateName} has errors:{Environment.NewLine}{string.Join(Environment.NewLine, template.Messages)}");
        }

        var context = new XmlEscapingTemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = loader,
            // No size limit (see MarkupTemplateContext): a sheet has one row per loan, and a large
            // trust's tape has more loans than any fixed loop or output limit would allow.
            LimitToString = 0,
            OutputLimit = 0,
            LoopLimit = 0,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.BuiltinObject.SetValue("include", new MarkupIncludeFunction(), readOnly: true);

        var helpers = new ScriptObject { ["wb"] = new WorkbookTemplateFunctions() };
        context.PushGlobal(helpers);
        context.PushGlobal(ToScriptObject(model));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new WorkbookTemplateException($"Template {templateName} failed: {exception.Message}", exception);
        }
    }

    private static ScriptObject ToScriptObject(object model)
    {
        if (model is ScriptObject scriptObject)
        {
            return scriptObject;
        }

        var imported = new ScriptObject();
        imported.Import(model, renamer: StandardMemberRenamer.Default);
        return imported;
    }

    /// <summary>Markup a template deliberately writes as is (from <c>wb.raw</c> or an include).</summary>
    internal sealed record RawMarkup(string Markup)
    {
        public override string ToString() => Markup;
    }

    /// <summary>Escapes every value a template writes, except <see cref="RawMarkup"/>; literal template text is untouched.</summary>
    private sealed class XmlEscapingTemplateContext : TemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
            textAsObject switch
            {
                null => this,
                RawMarkup raw => base.Write(span, raw.Markup),
                _ => base.Write(span, SecurityElement.Escape(ObjectToString(textAsObject)) ?? ""),
            };
    }

    /// <summary>The standard <c>include</c>, whose output is already markup and must not be escaped again.</summary>
    private sealed class MarkupIncludeFunction : IScriptCustomFunction
    {
        private readonly IncludeFunction _include = new();

        public int RequiredParameterCount => _include.RequiredParameterCount;

        public int ParameterCount => _include.ParameterCount;

        public ScriptVarParamKind VarParamKind => _include.VarParamKind;

        public Type ReturnType => typeof(RawMarkup);

        public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawMarkup(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawMarkup(await _include.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? "");
    }
}
