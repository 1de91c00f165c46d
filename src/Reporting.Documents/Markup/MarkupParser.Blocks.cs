using System.Globalization;
using System.Xml.Linq;
using Reporting.Documents.Diagnostics;
using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Text;
using SkiaSharp;

namespace Reporting.Documents.Markup;

public sealed partial class MarkupParser
{
    private static readonly SKColor RuleColor = new(0x8A, 0x94, 0x9E);
    private static readonly SKColor MutedInk = new(0x4A, 0x52, 0x5C);

    /// <summary>Block children of a container, stacked; text directly inside is an error.</summary>
    private Column Blocks(XElement container, BlockContext context)
    {
        var blocks = new List<Element>();
        var clauseNumber = 0;
        foreach (var node in ChildNodes(container))
        {
            switch (node)
            {
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    Error(text, $"text must be inside a paragraph (<p>), not directly in <{container.Name.LocalName}>");
                    break;
                case XElement element:
                    if (element.Name.LocalName == "clause")
                    {
                        clauseNumber++;
                    }
                    if (Block(element, context, clauseNumber) is { } block)
                    {
                        blocks.Add(block);
                    }
                    break;
            }
        }
        return new Column(blocks) { Source = Locate(container) };
    }

    /// <summary>One block element, or null (with an error recorded) when it is not one.</summary>
    private Element? Block(XElement element, BlockContext context, int clauseNumber)
    {
        var source = Locate(element);
        switch (element.Name.LocalName)
        {
            case "h1":
            case "h2":
            case "h3":
                return Heading(element, context, source);
            case "p":
                return ParagraphBlock(element, context, source);
            case "clause":
                return Clause(element, context, clauseNumber, source);
            case "kv":
                return KeyValues(element, context, source);
            case "table":
                return TableBlock(element, context, source);
            case "keep-together":
                CheckAttributes(element, "keep-with-previous");
                return new KeepTogether(Blocks(element, context))
                {
                    Source = source,
                    KeepWithPrevious = EnumAttribute(element, "keep-with-previous", false, ("true", true), ("false", false)),
                };
            case "page-break":
                CheckAttributes(element);
                NoContent(element);
                return new PageBreak { Source = source };
            case "spacer":
                CheckAttributes(element, "height");
                NoContent(element);
                return new Spacer(LengthAttribute(element, "height") ?? context.Style.Size) { Source = source };
            case "rule":
                CheckAttributes(element, "thickness", "space-before", "space-after");
                NoContent(element);
                return Spaced(element, new Rule(LengthAttribute(element, "thickness") ?? 0.5f, RuleColor) { Source = source }, 4, 8, source);
            case "signatures":
                return Signatures(element, context, source);
            default:
                Unknown(element, $"<{element.Parent?.Name.LocalName}>");
                return null;
        }
    }

    private Element Heading(XElement element, BlockContext context, SourceLocation source)
    {
        CheckAttributes(element, "align", "space-before", "space-after");
        var (scale, before, after) = element.Name.LocalName switch
        {
            "h1" => (1.5f, 4f, 8f),
            "h2" => (1.2f, 10f, 4f),
            _ => (1.05f, 8f, 2f),
        };
        var style = context.Style.WithSize(context.Style.Size * scale).Bold();
        var paragraph = new Paragraph(Inlines(element, style), AlignAttribute(element) ?? context.Alignment, leading: 1.25f) { Source = source };
        return Spaced(element, paragraph, before, after, source, keepWithNext: true);
    }

    private Element ParagraphBlock(XElement element, BlockContext context, SourceLocation source)
    {
        CheckAttributes(element, "align", "size", "font", "indent", "space-before", "space-after", "keep-with-next", "keep-with-previous");
        var style = StyleFor(element, context.Style);
        var paragraph = new Paragraph(Inlines(element, style), AlignAttribute(element) ?? context.Alignment) { Source = source };
        var indent = LengthAttribute(element, "indent") ?? 0;
        Element block = indent > 0 ? new Padding(paragraph, 0, 0, 0, indent) { Source = source } : paragraph;
        var keep = EnumAttribute(element, "keep-with-next", false, ("true", true), ("false", false));
        var keepWithPrevious = EnumAttribute(element, "keep-with-previous", false, ("true", true), ("false", false));
        return Spaced(element, block, 0, context.Style.Size * 0.6f, source, keep, keepWithPrevious);
    }

    /// <summary>
    /// A numbered clause: the number hangs in a gutter, the text (and any sub-clauses, indented one
    /// more gutter) beside it. Numbers default to 1. / (a) / (i) by depth; <c>number</c> overrides.
    /// </summary>
    private Element Clause(XElement element, BlockContext context, int clauseNumber, SourceLocation source)
    {
        CheckAttributes(element, "number", "space-after");
        var number = Attr(element, "number") ?? ClauseNumber(context.ClauseDepth, clauseNumber);
        var gutter = context.Style.Size * 2.8f;
        var inner = context with { ClauseDepth = context.ClauseDepth + 1, Alignment = TextAlignment.Justify };
        var content = Mixed(element, inner, spaceBetween: context.Style.Size * 0.3f);
        var numberParagraph = new Paragraph([InlineRun.Literal(number, context.Style)]);
        var row = new Row([ColumnWidth.Points(gutter), ColumnWidth.Share()],
            [new RowCell(numberParagraph, 0), new RowCell(content, 1)]) { Source = source };
        // Sub-clauses sit closer together than clauses.
        var after = context.ClauseDepth == 0 ? context.Style.Size * 0.6f : 0;
        return Spaced(element, row, 0, after, source);
    }

    private static string ClauseNumber(int depth, int n) => depth switch
    {
        0 => n.ToString(CultureInfo.InvariantCulture) + ".",
        1 => "(" + (char)('a' + (n - 1) % 26) + ")",
        _ => "(" + Roman(n) + ")",
    };

    private static string Roman(int n)
    {
        (int Value, string Numeral)[] numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var result = "";
        foreach (var (value, numeral) in numerals)
        {
            while (n >= value)
            {
                result += numeral;
                n -= value;
            }
        }
        return result;
    }

    private Element KeyValues(XElement element, BlockContext context, SourceLocation source)
    {
        CheckAttributes(element, "label-width", "size", "font", "space-before", "space-after");
        var style = StyleFor(element, context.Style);
        var items = new List<(Element, Element)>();
        foreach (var node in ChildNodes(element))
        {
            if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                Error(text, "text in <kv> must be inside an <item>");
            }
            if (node is not XElement item)
            {
                continue;
            }
            if (item.Name.LocalName != "item")
            {
                Unknown(item, "<kv>");
                continue;
            }
            CheckAttributes(item, "label");
            var label = Attr(item, "label");
            if (label is null)
            {
                Error(item, "<item> needs a 'label'");
            }
            var key = new Paragraph([InlineRun.Literal(Collapse(label ?? "").Trim(), style with { Color = MutedInk })]) { Source = Locate(item) };
            var value = new Paragraph(Inlines(item, style)) { Source = Locate(item) };
            items.Add((key, value));
        }
        var block = new KeyValueBlock(items, LengthAttribute(element, "label-width") ?? 130f, spacing: style.Size * 0.25f) { Source = source };
        return Spaced(element, block, 0, style.Size * 0.8f, source);
    }

    private Element Signatures(XElement element, BlockContext context, SourceLocation source)
    {
        CheckAttributes(element, "space-before", "space-after", "keep-with-previous");
        var signatories = new List<Signatory>();
        foreach (var child in ChildElements(element))
        {
            if (child.Name.LocalName != "signature")
            {
                Unknown(child, "<signatures>");
                continue;
            }
            CheckAttributes(child, "for", "name", "title", "label");
            NoContent(child);
            var style = context.Style;
            Paragraph? Line(string? text, TextStyle lineStyle) =>
                text is null ? null : new Paragraph([InlineRun.Literal(Collapse(text).Trim(), lineStyle)]) { Source = Locate(child) };
            signatories.Add(new Signatory(
                Line(Attr(child, "for"), style.Bold()),
                Line(Attr(child, "label") ?? "By:", style)!,
                Line(Attr(child, "name"), style),
                Line(Attr(child, "title"), style with { Color = MutedInk })));
        }
        if (signatories.Count == 0)
        {
            Error(element, "<signatures> needs at least one <signature>");
        }
        // A signature block never opens a page on its own: by default it takes the end of the text above along.
        var keepWithPrevious = EnumAttribute(element, "keep-with-previous", true, ("true", true), ("false", false));
        return Spaced(element, new SignatureBlock(signatories) { Source = source }, context.Style.Size * 1.5f, context.Style.Size, source,
            keepWithPrevious: keepWithPrevious);
    }

    /// <summary>
    /// Mixed content (a clause, a table cell): runs of inline text become paragraphs, block elements
    /// stay blocks, in document order.
    /// </summary>
    private Element Mixed(XElement container, BlockContext context, float spaceBetween)
    {
        // Most table cells hold one paragraph: the list is only made when a second block comes.
        Element? single = null;
        List<Element>? blocks = null;
        // Inline nodes waiting to become a paragraph are consecutive siblings: the first is enough.
        XNode? pending = null;
        var clauseNumber = 0;

        void Add(Element block)
        {
            if (single is null && blocks is null)
            {
                single = block;
                return;
            }
            blocks ??= [single!];
            blocks.Add(block);
        }

        void Flush(XNode? end)
        {
            if (pending is null)
            {
                return;
            }
            var runs = InlineRuns(pending, end, context.Style);
            if (runs.Count > 0)
            {
                Add(new Paragraph(runs, context.Alignment) { Source = Locate(pending) });
            }
            pending = null;
        }

        foreach (var node in ChildNodes(container))
        {
            if (node is XElement element && !IsInline(element))
            {
                Flush(node);
                if (element.Name.LocalName == "clause")
                {
                    clauseNumber++;
                }
                if (Block(element, context, clauseNumber) is { } block)
                {
                    Add(block);
                }
            }
            else
            {
                pending ??= node;
            }
        }
        Flush(null);
        // A lone paragraph (most table cells) needs no column around it.
        if (blocks is null && single is not null)
        {
            return single;
        }
        return new Column(blocks ?? [], spaceBetween) { Source = Locate(container) };
    }

    /// <summary>Adds the element's space-before/space-after (or the defaults) around a block.</summary>
    /// <remarks>The result always carries <paramref name="keepWithNext"/>: it is the element a column sees.</remarks>
    private Element Spaced(XElement element, Element block, float before, float after, SourceLocation source,
        bool keepWithNext = false, bool keepWithPrevious = false)
    {
        var top = LengthAttribute(element, "space-before") ?? before;
        var bottom = LengthAttribute(element, "space-after") ?? after;
        return top == 0 && bottom == 0 && !keepWithNext && !keepWithPrevious
            ? block
            : new Padding(block, top, 0, bottom, 0) { Source = source, KeepWithNext = keepWithNext, KeepWithPrevious = keepWithPrevious };
    }

    private TextStyle StyleFor(XElement element, TextStyle inherited)
    {
        var style = inherited;
        if (FamilyAttribute(element, "font") is { } family)
        {
            style = style with { Font = style.Font with { Family = family } };
        }
        if (LengthAttribute(element, "size") is { } size && size > 0)
        {
            style = style.WithSize(size);
        }
        return style;
    }

    private void NoContent(XElement element)
    {
        foreach (var node in ChildNodes(element))
        {
            if (node is XElement || (node is XText t && !string.IsNullOrWhiteSpace(t.Value)))
            {
                Error(element, $"<{element.Name.LocalName}> must be empty");
                return;
            }
        }
    }
}
