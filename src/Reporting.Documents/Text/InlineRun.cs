namespace Reporting.Documents.Text;

/// <summary>A piece of a paragraph in one style. Whitespace is already collapsed by the parser.</summary>
public sealed record InlineRun(InlineKind Kind, string Text, TextStyle Style)
{
    public static InlineRun Literal(string text, TextStyle style) => new(InlineKind.Text, text, style);

    public bool IsDynamic => Kind is InlineKind.PageNumber or InlineKind.PageCount;
}
