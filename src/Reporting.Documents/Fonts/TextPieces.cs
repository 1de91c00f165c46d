using Reporting.Documents.Text;

namespace Reporting.Documents.Fonts;

/// <summary>Measures text whose characters may come from fallback faces.</summary>
internal static class TextPieces
{
    public static float Width(IFontProvider fonts, string text, TextStyle style)
    {
        if (fonts.Fallback.Covers(style.Font, text))
        {
            return fonts.Font(style.Font, style.Size).MeasureText(text);
        }
        var width = 0f;
        foreach (var (face, piece) in fonts.Fallback.Split(style.Font, text))
        {
            width += fonts.Font(face, style.Size).MeasureText(piece);
        }
        return width;
    }
}
