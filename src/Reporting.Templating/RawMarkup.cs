namespace Reporting.Templating;

/// <summary>
/// Text a template writes as markup, unescaped: the output of <c>include</c>, of <c>raw</c> and of an
/// engine's own helpers that build markup. Everything else a template writes with <c>{{ }}</c> is XML-escaped.
/// </summary>
public sealed class RawMarkup
{
    /// <summary>Markup with no template positions of its own: errors in it point at the expression that wrote it.</summary>
    public RawMarkup(string text) : this(text, [])
    {
    }

    internal RawMarkup(string text, IReadOnlyList<OutputChunk> chunks)
    {
        Text = text;
        Chunks = chunks;
    }

    public string Text { get; }

    /// <summary>Which template positions wrote which stretch of <see cref="Text"/> (an included template's own).</summary>
    internal IReadOnlyList<OutputChunk> Chunks { get; }

    public override string ToString() => Text;
}
