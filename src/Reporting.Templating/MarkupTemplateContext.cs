using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reporting.Templating;

/// <summary>
/// A Scriban context for templates that write XML markup (documents and workbooks): strict about unknown names, invariant
/// in culture, XML-escaping every <c>{{ value }}</c> unless it is <see cref="RawMarkup"/>, and noting
/// which template position produced each stretch of output so markup errors can point back to it.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    public MarkupTemplateContext(ConfinedTemplateLoader loader)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        // No size limit: a month's markup is as long as its data (a statement listing thousands of
        // delinquent loans runs to megabytes). Scriban's defaults cut the output off at 1,048,576
        // characters (LimitToString, which also bounds the whole output unless OutputLimit is set) and
        // stop any loop after 1,000 turns; both would fail a large trust's month. Templates loop over
        // the model's finite collections, so nothing here can run away without a template bug.
        LimitToString = 0;
        OutputLimit = 0;
        LoopLimit = 0;
        TemplateLoader = loader;
        MemberRenamer = member => StandardMemberRenamer.Rename(member);
        PushCulture(CultureInfo.InvariantCulture);
    }

    private SourceSpan? _lastExpression;

    /// <summary>How deep <c>include</c> calls are nested: a guard against a template including itself.</summary>
    public int IncludeDepth { get; set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptRawStatement raw && EnableOutput && Output is MarkupOutput output)
        {
            output.Mark(StartOfText(raw), raw.Span.FileName, verbatim: true);
        }
        if (scriptNode is not ScriptExpressionStatement statement)
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
        // The block writes the statement's value after it returns, with no span of its own. Set it
        // again afterwards: an include evaluates the statements of another template meanwhile.
        _lastExpression = statement.Span;
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        _lastExpression = statement.Span;
        return value;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null || Output is not MarkupOutput output)
        {
            return base.Write(span, textAsObject!);
        }
        // What the expression wrote maps to the expression, unless it is included markup with positions of its own.
        var origin = _lastExpression ?? span;
        output.Mark(origin.Start, origin.FileName, verbatim: false);
        if (textAsObject is RawMarkup markup)
        {
            output.Append(markup);
            return this;
        }
        Write(XmlText.Escape(ObjectToString(textAsObject) ?? ""));
        return this;
    }

    /// <summary>Where the raw text's first written character is (whitespace control may trim its start).</summary>
    private static TextPosition StartOfText(ScriptRawStatement raw)
    {
        var start = raw.Span.Start;
        var skipped = raw.Text.Index - start.Offset;
        if (skipped <= 0 || raw.Text.FullText is null)
        {
            return start;
        }
        var line = start.Line;
        var column = start.Column;
        for (var i = start.Offset; i < raw.Text.Index; i++)
        {
            if (raw.Text.FullText[i] == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }
        return new TextPosition(raw.Text.Index, line, column);
    }
}
