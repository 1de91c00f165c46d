using Reporting.Deals;
using Reporting.RunFormat;

namespace Reporting.Cycle.Book;

/// <summary>
/// The deals of a book: a folder whose sub-folders are deal folders (each with a deal.yaml), or a
/// list file naming one deal folder a line (relative to the list's own folder; blank lines and
/// lines starting with '#' are skipped). Sorted, so a book runs and reports in the same order anywhere.
/// </summary>
public static class BookDeals
{
    /// <summary>Whether <paramref name="path"/> is a book rather than one deal folder.</summary>
    public static bool IsBook(string path) =>
        File.Exists(path) || (Directory.Exists(path) && !File.Exists(Path.Combine(path, DealLoader.TermsFileName)));

    public static IReadOnlyList<string> Resolve(string book)
    {
        if (File.Exists(book)) return FromList(book);
        if (!Directory.Exists(book)) throw new InputException(new Diagnostic(book, 0, 0, null, "no such book: expected a folder of deal folders or a list file"));
        var deals = Directory.EnumerateDirectories(book)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, DealLoader.TermsFileName)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (deals.Count == 0)
            throw new InputException(new Diagnostic(book, 0, 0, null, $"no deal folders: expected sub-folders holding a {DealLoader.TermsFileName}"));
        return deals;
    }

    private static IReadOnlyList<string> FromList(string listFile)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(listFile))!;
        var deals = new List<string>();
        var errors = new InputErrors();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(listFile))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var folder = Path.GetFullPath(Path.Combine(root, line));
            // A missing folder is still listed: that deal fails on its own and the others run.
            if (deals.Contains(folder, StringComparer.Ordinal)) errors.Add(listFile, lineNumber, 1, null, $"'{line}' is listed twice");
            else deals.Add(folder);
        }
        errors.ThrowIfAny();
        if (deals.Count == 0) throw new InputException(new Diagnostic(listFile, 0, 0, null, "lists no deal folders (one a line expected)"));
        return deals;
    }
}
