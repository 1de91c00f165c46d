using Reporting.Documents.Fonts;

namespace Reporting.Documents.Text;

/// <summary>The width of a string as it will be drawn: shaped (kerned) when HarfBuzz can, else Skia's plain advances.</summary>
internal static class TextMeasure
{
    public static float Width(IFontProvider fonts, string text, TextStyle style) =>
        fonts.Shaper.Shape(style.Font, text) is { } shaped
            ? shaped.Width(style.Size)
            : fonts.Font(style.Font, style.Size).MeasureText(text);
}
