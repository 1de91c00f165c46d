namespace Reporting.Documents.Text;

public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
