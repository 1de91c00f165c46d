using System.Net;
using System.Text;
using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>
/// The archive's static pages, readable from the folder with no server and no script, made from
/// the index rows alone (no clock), each written beside and renamed over its old copy:
/// <c>DEAL/YYYY-MM/index.html</c> lists the period's versions and documents with relative links,
/// dates and hashes; <c>DEAL/index.html</c> the deal's periods; <c>index.html</c> at the root every deal.
/// An add rewrites only its period's and its deal's pages (a few rows), and the root page only when
/// the deal is new or when asked, so its cost does not grow with the archive.
/// </summary>
public static class IndexHtml
{
    private const string Style = "<style>\nbody{font-family:'DejaVu Sans',sans-serif;font-size:13px;margin:24px}\n"
        + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}\n"
        + "th{background:#eee}code{font-size:11px;word-break:break-all}\n"
        + "td:nth-child(-n+3),td:nth-child(6){white-space:nowrap}\n</style>\n";

    /// <summary>The page of one deal and period: every document of every version, links relative to <c>DEAL/YYYY-MM/</c>.</summary>
    public static string RenderPeriod(string dealId, string period, IReadOnlyList<IndexedRun> runs, IReadOnlyList<IndexedDocument> documents)
    {
        var html = Open($"{dealId}, {period}")
            .Append($"<p><a href=\"../index.html\">{E(dealId)}</a>: {runs.Count} run versions, {documents.Count} documents. SHA-256 of the archived file; for a PDF, the original is the hash of the document as sent (the run manifest's).</p>\n")
            .Append("<table id=\"documents\">\n<thead><tr><th>Deal</th><th>Period</th><th>Version</th><th>Kind</th><th>Document</th><th>Date</th><th>Addressee</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        var prefix = $"{dealId}/{period}/";
        foreach (var d in documents)
        {
            var hashes = d.Sha256 == d.OriginalSha256
                ? $"<code>{E(d.Sha256)}</code>"
                : $"<code>{E(d.Sha256)}</code><br>original <code>{E(d.OriginalSha256)}</code>";
            var href = d.Path.StartsWith(prefix, StringComparison.Ordinal) ? d.Path[prefix.Length..] : d.Path;
            html.Append($"<tr class=\"document\"><td>{E(d.DealId)}</td><td>{E(d.Period)}</td><td>{E(ArchiveLayout.VersionName(d.Version))}</td>")
                .Append($"<td>{E(d.Kind)}</td><td><a href=\"{E(Href(href))}\">{E(d.Title)}</a></td><td>{E(d.DocumentDate)}</td>")
                .Append($"<td>{E(d.Addressee)}</td><td>{hashes}</td></tr>\n");
        }
        return Close(html);
    }

    /// <summary>The page of one deal: its periods, each linking to its page.</summary>
    public static string RenderDeal(string dealId, IReadOnlyList<(string Period, int Versions, string DealName)> periods)
    {
        var name = periods.Count > 0 ? periods[^1].DealName : dealId;
        var html = Open(name)
            .Append($"<p><a href=\"../index.html\">All deals</a>. {E(dealId)}: {periods.Count} periods.</p>\n")
            .Append("<table id=\"periods\">\n<thead><tr><th>Period</th><th>Versions</th></tr></thead>\n<tbody>\n");
        foreach (var (period, versions, _) in periods)
            html.Append($"<tr class=\"period\"><td><a href=\"{E(Href(period))}/index.html\">{E(period)}</a></td><td>{versions}</td></tr>\n");
        return Close(html);
    }

    /// <summary>
    /// The archive-wide page: every deal, linking to its page. It holds nothing that a known deal's
    /// next add changes, so it is rewritten only when a deal is new.
    /// </summary>
    public static string RenderRoot(IReadOnlyList<string> deals)
    {
        var html = Open("Reporting archive")
            .Append($"<p>{deals.Count} deals. Each deal's page lists its periods; each period's page its versions and documents with their hashes.</p>\n")
            .Append("<table id=\"deals\">\n<thead><tr><th>Deal</th></tr></thead>\n<tbody>\n");
        foreach (var deal in deals)
            html.Append($"<tr class=\"deal\"><td><a href=\"{E(Href(deal))}/index.html\">{E(deal)}</a></td></tr>\n");
        return Close(html);
    }

    public static void WritePeriod(ArchiveLayout layout, ArchiveIndex index, string dealId, string period) =>
        WriteAtomically(layout.PeriodPage(dealId, period), RenderPeriod(dealId, period, index.RunsOf(dealId, period), index.DocumentsOf(dealId, period)));

    public static void WriteDeal(ArchiveLayout layout, ArchiveIndex index, string dealId) =>
        WriteAtomically(layout.DealPage(dealId), RenderDeal(dealId, index.PeriodsOf(dealId)));

    public static void WriteRoot(ArchiveLayout layout, ArchiveIndex index) =>
        WriteAtomically(layout.HtmlFile, RenderRoot(index.Deals()));

    /// <summary>Every page of the archive from the index: each period's, each deal's and the root (after a reindex).</summary>
    public static void WriteAll(ArchiveLayout layout, ArchiveIndex index)
    {
        foreach (var deal in index.Deals())
        {
            foreach (var (period, _, _) in index.PeriodsOf(deal))
                if (Directory.Exists(System.IO.Path.GetDirectoryName(layout.PeriodPage(deal, period)))) WritePeriod(layout, index, deal, period);
            if (Directory.Exists(System.IO.Path.GetDirectoryName(layout.DealPage(deal)))) WriteDeal(layout, index, deal);
        }
        WriteRoot(layout, index);
    }

    /// <summary>Writes beside the target and renames over it, so a reader never sees half a page.</summary>
    private static void WriteAtomically(string path, string html)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    private static StringBuilder Open(string title) => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append($"<title>{E(title)}</title>\n").Append(Style).Append("</head>\n<body>\n")
        .Append($"<h1>{E(title)}</h1>\n");

    private static string Close(StringBuilder html) => html.Append("</tbody>\n</table>\n</body>\n</html>\n").ToString();

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Href(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
