using System.Text;
using System.Xml.Linq;
using Reporting.Documents.Text;

namespace Reporting.Documents.Markup;

public sealed partial class MarkupParser
{
    private static readonly HashSet<string> InlineNames = ["b", "i", "br", "page-number", "page-count"];

    private static bool IsInline(XElement element) => InlineNames.Contains(element.Name.LocalName);

    /// <summary>The inline content of an element that may hold only inline content.</summary>
    private IReadOnlyList<InlineRun> Inlines(XElement element, TextStyle style)
    {
        foreach (var child in ChildElements(element))
        {
            if (!IsInline(child))
            {
                Unknown(child, $"<{element.Name.LocalName}> (only text, <b>, <i>, <br/>, <page-number/> and <page-count/> are allowed here)");
            }
        }
        return InlineRuns(element.FirstNode, null, style);
    }

    /// <summary>
    /// Text with whitespace collapsed as HTML does: runs of spaces and newlines become one space,
    /// and spaces at the start, the end, and around a line break are dropped.
    /// </summary>
    /// <param name="first">The first of the sibling nodes to read.</param>
    /// <param name="end">The sibling after the last one to read; null to read to the end.</param>
    private IReadOnlyList<InlineRun> InlineRuns(XNode? first, XNode? end, TextStyle style)
    {
        // Scratch lists shared by the whole document: runs are collected and normalised there, then
        // copied into an exact-size array, rather than two new lists per table cell.
        var runs = _collectedRuns;
        runs.Clear();
        for (var node = first; node is not null && node != end; node = node.NextNode)
        {
            Collect(node, style, runs);
        }
        Normalize(runs, _normalizedRuns);
        return _normalizedRuns.Count == 0 ? [] : _normalizedRuns.ToArray();
    }

    private void Collect(XNode node, TextStyle style, List<InlineRun> runs)
    {
        switch (node)
        {
            case XText text:
                var literal = Collapse(text.Value);
                CheckDrawable(text, literal, style.Font);
                runs.Add(InlineRun.Literal(literal, style));
                break;
            case XElement element:
                switch (element.Name.LocalName)
                {
                    case "b":
                    case "i":
                        CheckAttributes(element);
                        var inner = element.Name.LocalName == "b" ? style.Bold() : style.Italic();
                        foreach (var child in ChildNodes(element))
                        {
                            if (child is XElement nested && !IsInline(nested))
                            {
                                Unknown(nested, $"<{element.Name.LocalName}>");
                                continue;
                            }
                            Collect(child, inner, runs);
                        }
                        break;
                    case "br":
                        CheckAttributes(element);
                        NoContent(element);
                        runs.Add(new InlineRun(InlineKind.LineBreak, "", style));
                        break;
                    case "page-number":
                        CheckAttributes(element);
                        NoContent(element);
                        runs.Add(new InlineRun(InlineKind.PageNumber, "", style));
                        break;
                    case "page-count":
                        CheckAttributes(element);
                        NoContent(element);
                        runs.Add(new InlineRun(InlineKind.PageCount, "", style));
                        break;
                    default:
                        Unknown(element, "inline text");
                        break;
                }
                break;
        }
    }

    private static void Normalize(List<InlineRun> runs, List<InlineRun> result)
    {
        result.Clear();
        var atLineStart = true;
        foreach (var run in runs)
        {
            if (run.Kind != InlineKind.Text)
            {
                if (run.Kind == InlineKind.LineBreak && result.Count > 0)
                {
                    TrimEnd(result);
                }
                result.Add(run);
                atLineStart = run.Kind == InlineKind.LineBreak;
                continue;
            }
            var text = run.Text;
            if (atLineStart || (result.Count > 0 && EndsWithSpace(result[^1])))
            {
                text = text.TrimStart(' ');
            }
            if (text.Length == 0)
            {
                continue;
            }
            result.Add(ReferenceEquals(text, run.Text) ? run : run with { Text = text });
            atLineStart = false;
        }
        TrimEnd(result);
    }

    private static bool EndsWithSpace(InlineRun run) => run.Kind == InlineKind.Text && run.Text.EndsWith(' ');

    private static void TrimEnd(List<InlineRun> runs)
    {
        while (runs.Count > 0 && runs[^1].Kind == InlineKind.Text)
        {
            var trimmed = runs[^1].Text.TrimEnd(' ');
            if (trimmed.Length > 0)
            {
                if (!ReferenceEquals(trimmed, runs[^1].Text))
                {
                    runs[^1] = runs[^1] with { Text = trimmed };
                }
                return;
            }
            runs.RemoveAt(runs.Count - 1);
        }
    }

    /// <summary>Collapses XML whitespace (space, tab, CR, LF) to single spaces; other characters are kept.</summary>
    private static string Collapse(string text)
    {
        // Most text (a cell's number or date) has nothing to collapse: keep the string rather than copy it.
        if (!NeedsCollapsing(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = c is ' ' or '\t' or '\r' or '\n';
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
            lastWasSpace = isSpace;
        }
        return builder.ToString();
    }

    private static bool NeedsCollapsing(string text)
    {
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c is '\t' or '\r' or '\n' || (c == ' ' && lastWasSpace))
            {
                return true;
            }
            lastWasSpace = c == ' ';
        }
        return false;
    }
}
