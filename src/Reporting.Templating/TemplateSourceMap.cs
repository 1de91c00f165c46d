namespace Reporting.Templating;

/// <summary>Maps a line and column of generated markup back to the template text (or expression) that wrote it.</summary>
internal sealed class TemplateSourceMap : ISourceMap
{
    private readonly string _markup;
    private readonly IReadOnlyList<OutputChunk> _chunks;
    private readonly string _fallbackFile;
    private readonly List<int> _lineStarts = [0];

    public TemplateSourceMap(string markup, IReadOnlyList<OutputChunk> chunks, string fallbackFile)
    {
        _markup = markup;
        _chunks = chunks;
        _fallbackFile = fallbackFile;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public SourcePosition Resolve(int line, int column)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return new SourcePosition(_fallbackFile, line, column);
        }
        var offset = Math.Min(_markup.Length, _lineStarts[line - 1] + Math.Max(0, column - 1));
        var index = LastChunkAtOrBefore(offset);
        if (index < 0)
        {
            // Not from a known template position: report the generated markup's own line.
            return new SourcePosition(_fallbackFile + " (generated markup)", line, column);
        }
        var chunk = _chunks[index];
        if (!chunk.Verbatim)
        {
            return new SourcePosition(chunk.File, chunk.Origin.Line + 1, chunk.Origin.Column + 1);
        }
        var templateLine = chunk.Origin.Line;
        var templateColumn = chunk.Origin.Column;
        for (var i = chunk.Offset; i < offset; i++)
        {
            if (_markup[i] == '\n')
            {
                templateLine++;
                templateColumn = 0;
            }
            else
            {
                templateColumn++;
            }
        }
        return new SourcePosition(chunk.File, templateLine + 1, templateColumn + 1);
    }

    private int LastChunkAtOrBefore(int offset)
    {
        int low = 0, high = _chunks.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_chunks[mid].Offset <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        // Several chunks can start at one offset (an expression that wrote nothing): the last one wrote it.
        return found;
    }
}
