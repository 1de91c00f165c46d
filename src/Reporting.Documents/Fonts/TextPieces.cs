using Reporting.Documents.Text;

namespace Reporting.Documents.Fonts;

/// <summary>Measures text whose characters may come from fallback faces, each piece shaped (kerned) in its face.</summary>
internal static class TextPieces
{
    public static float Width(IFontProvider fonts, string text, TextStyle style)
    {
        if (fonts.Fallback.Covers(style.Font, text))
        {
            return TextMeasure.Width(fonts, text, style);
        }
        var width = 0f;
        foreach (var (face, piece) in fonts.Fallback.Split(style.Font, text))
        {
            width += TextMeasure.Width(fonts, piece, style with { Font = face });
        }
        return width;
    }
}
