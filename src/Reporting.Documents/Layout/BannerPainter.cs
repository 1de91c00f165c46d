using Reporting.Documents.Fonts;
using Reporting.Documents.Model;
using Reporting.Documents.Text;

namespace Reporting.Documents.Layout;

/// <summary>Draws the every-page banner, in page coordinates.</summary>
internal static class BannerPainter
{
    public static void Draw(IDrawingCanvas canvas, IFontProvider fonts, Banner banner, FontFamily family, PageSetup setup)
    {
        var face = new FontKey(family, Bold: true, Italic: false);
        switch (banner.Style)
        {
            case BannerStyle.Watermark:
            {
                // Pale enough to read the text through, large enough not to be missed.
                var style = new TextStyle(face, 66, banner.Color.WithAlpha(0x26));
                var width = TextPieces.Width(fonts, banner.Text, style);
                canvas.Save();
                canvas.Translate(setup.Width / 2, setup.Height / 2);
                canvas.Rotate(-35);
                canvas.DrawText(banner.Text, -width / 2, style.Size * 0.35f, style);
                canvas.Restore();
                break;
            }
            case BannerStyle.Stripe:
            {
                var style = new TextStyle(face, 8, banner.Color);
                var textWidth = TextPieces.Width(fonts, banner.Text, style);
                var boxWidth = textWidth + 24;
                const float boxHeight = 14;
                var x = (setup.Width - boxWidth) / 2;
                var y = Math.Max(4, (setup.MarginTop - boxHeight) / 2 - 4);
                canvas.StrokeRectangle(x, y, boxWidth, boxHeight, 0.8f, banner.Color);
                canvas.DrawText(banner.Text, x + 12, y + boxHeight / 2 + style.Size * 0.36f, style);
                break;
            }
        }
    }
}
