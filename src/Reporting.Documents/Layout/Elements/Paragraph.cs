using Reporting.Documents.Text;

namespace Reporting.Documents.Layout.Elements;

/// <summary>Word-wrapped text; splits between lines across pages.</summary>
public sealed class Paragraph(IReadOnlyList<InlineRun> runs, TextAlignment alignment = TextAlignment.Left, float leading = 1.3f) : Element
{
    private readonly bool _dynamic = HasDynamicRun(runs);
    private float _cachedWidth = float.NaN;
    private IReadOnlyList<TextLine> _cachedLines = [];
    private int _firstLine;
    private bool _ragged;
    private Func<InlineKind, string>? _dynamicText;

    public IReadOnlyList<InlineRun> Runs => runs;

    public TextAlignment Alignment => alignment;

    public override SpacePlan Measure(Size available)
    {
        var lines = Lines(available.Width);
        if (_firstLine >= lines.Count)
        {
            return SpacePlan.Empty;
        }
        var (count, height) = Fit(lines, available.Height);
        if (count == 0)
        {
            return SpacePlan.Wrap;
        }
        return _firstLine + count == lines.Count
            ? SpacePlan.Full(available.Width, height)
            : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(Size available)
    {
        var lines = Lines(available.Width);
        var (count, _) = Fit(lines, available.Height);
        var y = 0f;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            DrawLine(lines[i], y, available.Width);
            y += lines[i].Height;
        }
        _firstLine += count;
    }

    public override void ResetState() => _firstLine = 0;

    /// <summary>
    /// How many of the remaining lines go on this page. A split leaves at least <see cref="MinLinesAtSplit"/>
    /// lines on each side (no orphan at the foot, no widow at the head of the next page), else the
    /// paragraph moves on whole; only a page that could not take two lines anyway gets a lone line.
    /// </summary>
    private (int Count, float Height) Fit(IReadOnlyList<TextLine> lines, float availableHeight)
    {
        var count = 0;
        var height = 0f;
        for (var i = _firstLine; i < lines.Count; i++)
        {
            if (height + lines[i].Height > availableHeight + Size.Epsilon)
            {
                break;
            }
            height += lines[i].Height;
            count++;
        }
        var remaining = lines.Count - _firstLine;
        if (count == remaining || count == 0)
        {
            return (count, height);
        }
        var kept = Math.Min(count, remaining - MinLinesAtSplit);
        if (kept < MinLinesAtSplit)
        {
            kept = count < MinLinesAtSplit && availableHeight >= Page.BodyHeight - Size.Epsilon ? count : 0;
        }
        height = 0f;
        for (var i = _firstLine; i < _firstLine + kept; i++)
        {
            height += lines[i].Height;
        }
        return (kept, height);
    }

    /// <summary>Lines a paragraph keeps together at a page break, at the foot and at the head.</summary>
    public const int MinLinesAtSplit = 2;

    /// <summary>
    /// The most a justified line's word spaces may grow, in ems of the line's type. A line that would
    /// need more (a long date, code or amount leaves a hole before it) sets the whole paragraph ragged
    /// right: without hyphenation, that is how typesetters avoid rivers.
    /// </summary>
    public const float MaxJustifyStretchEm = 0.3f;

    private void DrawLine(TextLine line, float top, float width)
    {
        var slack = Math.Max(0, width - line.Width);
        var offset = alignment switch
        {
            TextAlignment.Center => slack / 2,
            TextAlignment.Right => slack,
            _ => 0f,
        };
        if (alignment == TextAlignment.Justify && !line.EndsParagraph && !_ragged)
        {
            DrawJustified(line, top, slack);
            return;
        }
        // Words of one style separated by single spaces are drawn as one string: the spaces were
        // measured in that style, so positions match, and the PDF gets far fewer text operations.
        var i = 0;
        while (i < line.Pieces.Count)
        {
            var first = line.Pieces[i];
            var end = i + 1;
            while (end < line.Pieces.Count && line.Pieces[end].FollowsSpace && line.Pieces[end].Style == first.Style)
            {
                end++;
            }
            var text = end == i + 1 ? first.Text : string.Join(' ', line.Pieces.Skip(i).Take(end - i).Select(p => p.Text));
            Canvas.DrawText(text, offset + first.X, top + line.Baseline, first.Style);
            i = end;
        }
    }

    private void DrawJustified(TextLine line, float top, float slack)
    {
        var gaps = line.Pieces.Count(p => p.FollowsSpace);
        var extraPerGap = gaps > 0 ? slack / gaps : 0f;
        var shift = 0f;
        foreach (var piece in line.Pieces)
        {
            if (piece.FollowsSpace)
            {
                shift += extraPerGap;
            }
            Canvas.DrawText(piece.Text, piece.X + shift, top + line.Baseline, piece.Style);
        }
    }

    private IReadOnlyList<TextLine> Lines(float width)
    {
        // Lines depend only on the width, except for page numbers, which change page by page.
        if (!_dynamic && width == _cachedWidth)
        {
            return _cachedLines;
        }
        var breaker = new LineBreaker(Environment.Fonts, leading);
        // Only paragraphs with page numbers keep a delegate to their page: every other one shares a static one.
        _cachedLines = breaker.Break(runs, width, _dynamic ? _dynamicText ??= DynamicText : NoDynamicText);
        _cachedWidth = width;
        _ragged = alignment == TextAlignment.Justify && _cachedLines.Any(line => Overstretched(line, width));
        return _cachedLines;
    }

    /// <summary>Whether justifying the line would widen its spaces by more than <see cref="MaxJustifyStretchEm"/>.</summary>
    private static bool Overstretched(TextLine line, float width)
    {
        if (line.EndsParagraph || line.Pieces.Count == 0)
        {
            return false;
        }
        var slack = Math.Max(0, width - line.Width);
        var gaps = 0;
        var size = 0f;
        foreach (var piece in line.Pieces)
        {
            if (piece.FollowsSpace) gaps++;
            size = Math.Max(size, piece.Style.Size);
        }
        // A line of one word is never stretched (it stays flush left), so only lines with spaces count.
        return gaps > 0 && slack / gaps > MaxJustifyStretchEm * size;
    }

    private static readonly Func<InlineKind, string> NoDynamicText = _ => "";

    private static bool HasDynamicRun(IReadOnlyList<InlineRun> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].IsDynamic)
            {
                return true;
            }
        }
        return false;
    }

    private string DynamicText(InlineKind kind) => kind switch
    {
        InlineKind.PageNumber => Page.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Before the page count is known (first pass) reserve the width of a plausible total.
        InlineKind.PageCount => Page.PageCount > 0 ? Page.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : "000",
        _ => "",
    };
}
