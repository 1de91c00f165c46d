namespace Reporting.Documents.Fonts;

/// <summary>The type families a document can ask for; each maps to four files (regular, bold, italic, bold italic).</summary>
public enum FontFamily
{
    Sans,
    Serif,
    Condensed,
    Mono,
}
