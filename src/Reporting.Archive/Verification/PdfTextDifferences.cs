using UglyToad.PdfPig;

namespace Reporting.Archive.Verification;

/// <summary>Which page's text differs between two PDFs, and where on it: what a reader can check by eye.</summary>
internal static class PdfTextDifferences
{
    public static IReadOnlyList<string> Between(byte[] archived, byte[] rerendered)
    {
        IReadOnlyList<string> left, right;
        try
        {
            left = PageTexts(archived);
            right = PageTexts(rerendered);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"cannot be read as PDF text ({e.GetType().Name}: {e.Message})"];
        }

        var differences = new List<string>();
        if (left.Count != right.Count) differences.Add($"{left.Count} pages archived, {right.Count} re-rendered");
        for (var page = 0; page < Math.Min(left.Count, right.Count); page++)
        {
            if (left[page] == right[page]) continue;
            var at = 0;
            while (at < left[page].Length && at < right[page].Length && left[page][at] == right[page][at]) at++;
            differences.Add($"page {page + 1} text differs at character {at + 1}: archived \"{Around(left[page], at)}\", re-rendered \"{Around(right[page], at)}\"");
        }
        if (differences.Count == 0) differences.Add("same text on every page; the bytes differ (fonts, drawing or metadata)");
        return differences;
    }

    private static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        var end = Math.Min(text.Length, at + 30);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
