using SkiaSharp;

namespace Reporting.Archive.Tests.Support;

/// <summary>
/// Small PDFs made the way the document engine makes them (SkiaSharp, US Letter, fixed
/// Creation/Modified dates, DejaVu Sans loaded by file), so the post-processor is tested on the
/// real producer's output rather than a hand-written file.
/// </summary>
internal static class SkiaPdf
{
    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static byte[] Create(string title, DateTime date, params string[][] pages)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Author = "Trust desk",
            Creator = "Reporting.Archive.Tests",
            Producer = "Reporting.Archive.Tests",
            Creation = date,
            Modified = date,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var typeface = File.Exists(FontFile) ? SKTypeface.FromFile(FontFile) : SKTypeface.Default)
        using (var font = new SKFont(typeface, 11) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None })
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            foreach (var lines in pages)
            {
                var canvas = document.BeginPage(612, 792);
                var y = 72f;
                foreach (var line in lines)
                {
                    canvas.DrawText(line, 72, y, SKTextAlign.Left, font, paint);
                    y += 16;
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }
}
