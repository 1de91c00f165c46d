using System.Text;
using System.Xml.Linq;
using Reporting.Documents.Text;

namespace Reporting.Documents.Markup;

public sealed partial class MarkupParser
{
    private static readonly HashSet<string> InlineNames = ["b", "i", "br", "page-number", "page-count"];

    private static bool IsInline(XElement element) => InlineNames.Contains(element.Name.LocalName);

    /// <summary>The inline content of an element that may hold only inline content.</summary>
    private List<InlineRun> Inlines(XElement element, TextStyle style)
    {
        foreach (var child in ChildElements(element).Where(c => !IsInline(c)))
        {
            Unknown(child, $"<{element.Name.LocalName}> (only text, <b>, <i>, <br/>, <page-number/> and <page-count/> are allowed here)");
        }
        return InlineRuns(element.Nodes().ToList(), style);
    }

    /// <summary>
    /// Text with whitespace collapsed as HTML does: runs of spaces and newlines become one space,
    /// and spaces at the start, the end, and around a line break are dropped.
    /// </summary>
    private List<InlineRun> InlineRuns(IReadOnlyList<XNode> nodes, TextStyle style)
    {
        var runs = new List<InlineRun>();
        foreach (var node in nodes)
        {
            Collect(node, style, runs);
        }
        return Normalize(runs);
    }

    private void Collect(XNode node, TextStyle style, List<InlineRun> runs)
    {
        switch (node)
        {
            case XText text:
                runs.Add(InlineRun.Literal(Collapse(text.Value), style));
                break;
            case XElement element:
                switch (element.Name.LocalName)
                {
                    case "b":
                    case "i":
                        CheckAttributes(element);
                        var inner = element.Name.LocalName == "b" ? style.Bold() : style.Italic();
                        foreach (var child in element.Nodes())
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

    private static List<InlineRun> Normalize(List<InlineRun> runs)
    {
        var result = new List<InlineRun>(runs.Count);
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
            result.Add(run with { Text = text });
            atLineStart = false;
        }
        TrimEnd(result);
        return result;
    }

    private static bool EndsWithSpace(InlineRun run) => run.Kind == InlineKind.Text && run.Text.EndsWith(' ');

    private static void TrimEnd(List<InlineRun> runs)
    {
        while (runs.Count > 0 && runs[^1].Kind == InlineKind.Text)
        {
            var trimmed = runs[^1].Text.TrimEnd(' ');
            if (trimmed.Length > 0)
            {
                runs[^1] = runs[^1] with { Text = trimmed };
                return;
            }
            runs.RemoveAt(runs.Count - 1);
        }
    }

    /// <summary>Collapses XML whitespace (space, tab, CR, LF) to single spaces; other characters are kept.</summary>
    private static string Collapse(string text)
    {
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
}
