using System.Net;
using System.Text;
using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>
/// <c>index.html</c>: a static page listing every archived document with a relative link, its
/// date and its hashes, readable from the archive folder with no server and no script. Made from
/// the index rows alone (no clock), and replaced atomically after every add.
/// </summary>
public static class IndexHtml
{
    public static string Render(IReadOnlyList<IndexedRun> runs, IReadOnlyList<IndexedDocument> documents)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Reporting archive</title>\n")
            .Append("<style>\nbody{font-family:'DejaVu Sans',sans-serif;font-size:13px;margin:24px}\n")
            .Append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}\n")
            .Append("th{background:#eee}code{font-size:11px;word-break:break-all}\n")
            .Append("td:nth-child(-n+3),td:nth-child(6){white-space:nowrap}\n</style>\n</head>\n<body>\n")
            .Append("<h1>Reporting archive</h1>\n")
            .Append($"<p>{runs.Count} run versions, {documents.Count} documents. SHA-256 of the archived file; for a PDF, the original is the hash of the document as sent (the run manifest's).</p>\n")
            .Append("<table id=\"documents\">\n<thead><tr><th>Deal</th><th>Period</th><th>Version</th><th>Kind</th><th>Document</th><th>Date</th><th>Addressee</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        foreach (var d in documents)
        {
            var hashes = d.Sha256 == d.OriginalSha256
                ? $"<code>{E(d.Sha256)}</code>"
                : $"<code>{E(d.Sha256)}</code><br>original <code>{E(d.OriginalSha256)}</code>";
            html.Append($"<tr class=\"document\"><td>{E(d.DealId)}</td><td>{E(d.Period)}</td><td>{E(ArchiveLayout.VersionName(d.Version))}</td>")
                .Append($"<td>{E(d.Kind)}</td><td><a href=\"{E(Href(d.Path))}\">{E(d.Title)}</a></td><td>{E(d.DocumentDate)}</td>")
                .Append($"<td>{E(d.Addressee)}</td><td>{hashes}</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Writes beside the target and renames over it, so a reader never sees half a page.</summary>
    public static void Write(ArchiveLayout layout, ArchiveIndex index)
    {
        var html = Render(index.Runs(), index.Documents(new DocumentQuery()));
        var temporary = layout.HtmlFile + ".tmp";
        File.WriteAllText(temporary, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, layout.HtmlFile, overwrite: true);
    }

    private static string Href(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
