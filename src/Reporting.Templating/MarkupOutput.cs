using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Reporting.Templating;

/// <summary>Template output that remembers which template position produced each stretch of it.</summary>
internal sealed class MarkupOutput : IScriptOutput
{
    private readonly StringBuilder _text = new();
    private readonly List<OutputChunk> _chunks = [];

    public IReadOnlyList<OutputChunk> Chunks => _chunks;

    public int Length => _text.Length;

    public void Mark(TextPosition origin, string file, bool verbatim) =>
        _chunks.Add(new OutputChunk(_text.Length, origin, file, verbatim));

    /// <summary>Appends included markup with its own origins, shifted to where it lands.</summary>
    public void Append(RawMarkup markup)
    {
        var start = _text.Length;
        foreach (var chunk in markup.Chunks)
        {
            _chunks.Add(chunk with { Offset = chunk.Offset + start });
        }
        _text.Append(markup.Text);
    }

    public void Write(string text, int offset, int count) => _text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}
