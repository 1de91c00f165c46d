namespace Reporting.Documents.Text;

/// <summary>What an inline piece is: literal text, a forced line break, or a value known only per page.</summary>
public enum InlineKind
{
    Text,
    LineBreak,
    PageNumber,
    PageCount,
}
