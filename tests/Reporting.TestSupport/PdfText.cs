using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reporting.Testing;

/// <summary>
/// A PDF as text for approved-output tests: page count, metadata, then each page's words in reading
/// order (top to bottom, left to right, one text line per output line). Needs PdfPig in the test project.
/// </summary>
public static class PdfText
{
    public static string Describe(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var info = document.Information;
        var builder = new StringBuilder();
        builder.AppendLine($"pages: {document.NumberOfPages}");
        builder.AppendLine($"title: {info.Title}");
        builder.AppendLine($"author: {info.Author}");
        builder.AppendLine($"subject: {info.Subject}");
        builder.AppendLine($"keywords: {info.Keywords}");
        builder.AppendLine($"creator: {info.Creator}");
        builder.AppendLine($"producer: {info.Producer}");
        builder.AppendLine($"created: {info.CreationDate}");
        builder.AppendLine($"modified: {info.ModifiedDate}");
        foreach (var page in document.GetPages())
        {
            builder.AppendLine($"--- page {page.Number} ({page.Width:0.##} x {page.Height:0.##}) ---");
            foreach (var line in Lines(page))
            {
                builder.AppendLine(line);
            }
        }
        return builder.ToString();
    }

    /// <summary>The page's horizontal words grouped into lines by baseline, top to bottom.</summary>
    public static IReadOnlyList<string> Lines(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.TextOrientation == UglyToad.PdfPig.Content.TextOrientation.Horizontal)
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 0))
            .ThenBy(w => w.BoundingBox.Left);
        var lines = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in words)
        {
            var baseline = word.BoundingBox.Bottom;
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - baseline) < 2.0)
            {
                lines[^1].Words.Add(word);
            }
            else
            {
                lines.Add((baseline, [word]));
            }
        }
        return lines.Select(l => string.Join(" ", l.Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
    }
}
