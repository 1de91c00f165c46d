using System.Collections.Concurrent;
using System.Globalization;
using Reporting.Documents.Fonts;

namespace Reporting.Documents.Text;

/// <summary>
/// Greedy word wrap: words go on the line while they fit; a space is a break opportunity, text glued
/// across style changes (<c>&lt;b&gt;x&lt;/b&gt;y</c>) is not; a word wider than the line is split by character.
/// </summary>
internal sealed class LineBreaker(IFontProvider fonts, float leading)
{
    // Font metrics are the same for a face's full file and its subset; they are asked for on every line.
    private static readonly ConcurrentDictionary<(FontKey, float), (float Ascent, float Descent)> Metrics = new();

    public IReadOnlyList<TextLine> Break(IReadOnlyList<InlineRun> runs, float width, Func<InlineKind, string> dynamicText)
    {
        // Most table cells are one short run that fits: one line, one piece, no tokenizing.
        if (runs is [{ Kind: InlineKind.Text } only])
        {
            var whole = Measure(only.Text, only.Style);
            if (whole <= width)
            {
                return [MakeLine([new PositionedText(only.Text, only.Style, 0, whole, false)], whole, true, only.Style)];
            }
        }
        var tokens = Tokenize(runs, dynamicText);
        var lines = new List<TextLine>();
        var pieces = new List<PositionedText>();
        var x = 0f;
        float? pendingSpace = null;
        TextStyle? lastStyle = null;

        void FinishLine(bool endsParagraph)
        {
            lines.Add(MakeLine(pieces, x, endsParagraph, lastStyle ?? TextStyle.Default));
            pieces = new List<PositionedText>();
            x = 0;
            pendingSpace = null;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            lastStyle = token.Style;
            switch (token.Kind)
            {
                case TokenKind.Space:
                    if (pieces.Count > 0 && pendingSpace is null)
                    {
                        pendingSpace = Measure(" ", token.Style);
                    }
                    break;
                case TokenKind.Break:
                    FinishLine(endsParagraph: true);
                    break;
                case TokenKind.Word:
                    var end = i;
                    while (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word) end++;
                    var cluster = new List<(string Text, TextStyle Style, float Width)>();
                    for (var j = i; j <= end; j++)
                    {
                        cluster.Add((tokens[j].Text, tokens[j].Style, Measure(tokens[j].Text, tokens[j].Style)));
                    }
                    var clusterWidth = cluster.Sum(c => c.Width);
                    if (pieces.Count > 0 && x + (pendingSpace ?? 0) + clusterWidth > width)
                    {
                        FinishLine(endsParagraph: false);
                    }
                    if (pieces.Count == 0 && clusterWidth > width)
                    {
                        foreach (var part in cluster)
                        {
                            PlaceSplitting(part.Text, part.Style);
                        }
                    }
                    else
                    {
                        var followsSpace = pendingSpace is not null;
                        x += pendingSpace ?? 0;
                        pendingSpace = null;
                        foreach (var part in cluster)
                        {
                            pieces.Add(new PositionedText(part.Text, part.Style, x, part.Width, followsSpace));
                            followsSpace = false;
                            x += part.Width;
                        }
                    }
                    lastStyle = tokens[end].Style;
                    i = end;
                    break;
            }
        }
        if (pieces.Count > 0)
        {
            FinishLine(endsParagraph: true);
        }
        return lines;

        // A word longer than the whole line: break it between characters rather than overflow.
        void PlaceSplitting(string text, TextStyle style)
        {
            var elements = StringInfo.GetTextElementEnumerator(text);
            var chunk = "";
            while (elements.MoveNext())
            {
                var next = chunk + elements.GetTextElement();
                if (chunk.Length > 0 && x + Measure(next, style) > width)
                {
                    var w = Measure(chunk, style);
                    pieces.Add(new PositionedText(chunk, style, x, w, false));
                    x += w;
                    FinishLine(endsParagraph: false);
                    chunk = elements.GetTextElement();
                }
                else
                {
                    chunk = next;
                }
            }
            if (chunk.Length > 0)
            {
                var w = Measure(chunk, style);
                pieces.Add(new PositionedText(chunk, style, x, w, false));
                x += w;
            }
        }
    }

    private float Measure(string text, TextStyle style) => TextPieces.Width(fonts, text, style);

    private TextLine MakeLine(List<PositionedText> pieces, float width, bool endsParagraph, TextStyle fallback)
    {
        var style = fallback;
        foreach (var piece in pieces)
        {
            if (piece.Style.Size > style.Size || piece == pieces[0]) style = piece.Style;
        }
        var height = style.Size * leading;
        // TryGetValue first: a GetOrAdd lambda would capture this breaker and allocate on every line.
        if (!Metrics.TryGetValue((style.Font, style.Size), out var found))
        {
            var metrics = fonts.Font(style.Font, style.Size).Metrics;
            found = Metrics.GetOrAdd((style.Font, style.Size), (-metrics.Ascent, metrics.Descent));
        }
        var (ascent, descent) = found;
        var glyphHeight = ascent + descent;
        // Centre the font's ascent+descent in the line box, as CSS does with line-height.
        var baseline = (height - glyphHeight) / 2 + ascent;
        return new TextLine(pieces, width, height, baseline, endsParagraph);
    }

    private static List<Token> Tokenize(IReadOnlyList<InlineRun> runs, Func<InlineKind, string> dynamicText)
    {
        var tokens = new List<Token>();
        foreach (var run in runs)
        {
            if (run.Kind == InlineKind.LineBreak)
            {
                tokens.Add(new Token(TokenKind.Break, "", run.Style));
                continue;
            }
            var text = run.IsDynamic ? dynamicText(run.Kind) : run.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == ' ')
                {
                    if (i > start)
                    {
                        tokens.Add(new Token(TokenKind.Word, text[start..i], run.Style));
                    }
                    if (i < text.Length)
                    {
                        tokens.Add(new Token(TokenKind.Space, " ", run.Style));
                    }
                    start = i + 1;
                }
            }
        }
        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Space,
        Break,
    }

    private readonly record struct Token(TokenKind Kind, string Text, TextStyle Style);
}
