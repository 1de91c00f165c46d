namespace Reporting.Documents.Templates;

/// <summary>
/// Text a template writes as markup, unescaped: the output of <c>include</c> and of <c>raw</c>.
/// Everything else a template writes with <c>{{ }}</c> is XML-escaped.
/// </summary>
internal sealed record RawMarkup(string Text, IReadOnlyList<OutputChunk> Chunks)
{
    public override string ToString() => Text;
}
