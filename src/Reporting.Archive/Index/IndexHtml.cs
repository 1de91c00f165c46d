using System.Net;
using System.Text;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Store;

namespace Reporting.Archive.Index;

/// <summary>
/// <c>index.html</c>: the auditor's page. Issued documents first (recipient, channel, time sent,
/// latest or superseded, and whether the archived copy, the as-sent prefix and the chain checked
/// out when the page was written), then every run version with its lifecycle state, then every
/// run document (drafts). One search box filters every table by any text shown (deal, kind, date,
/// addressee, reference, hash); without script the page still lists everything. Made from the
/// index and the chain alone (no clock), and replaced atomically after every add, approval and issue.
/// </summary>
public static class IndexHtml
{
    public static string Render(IReadOnlyList<IndexedRun> runs, IReadOnlyList<IndexedDocument> documents) =>
        Render(runs, documents, new LifecycleState(new Dictionary<string, RunState>(), []), null, _ => null);

    public static string Render(IReadOnlyList<IndexedRun> runs, IReadOnlyList<IndexedDocument> documents, LifecycleState lifecycle,
        ChainCheck? chain, Func<IssueState, string?> issueProblem)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Reporting archive</title>\n")
            .Append("<style>\nbody{font-family:'DejaVu Sans',sans-serif;font-size:13px;margin:24px}\n")
            .Append("table{border-collapse:collapse;width:100%;margin-bottom:24px}th,td{border-bottom:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}\n")
            .Append("th{background:#eee}code{font-size:11px;word-break:break-all}\n")
            .Append(".superseded td{color:#888}.superseded a{color:#888}.state{font-weight:bold;white-space:nowrap}.bad{color:#a31f1f;font-weight:bold}.good{color:#1f6a1f}\n")
            .Append("#search{width:40em;font-size:14px;padding:4px}\n")
            .Append("#documents td:nth-child(-n+3),#documents td:nth-child(6){white-space:nowrap}\n</style>\n</head>\n<body>\n")
            .Append("<h1>Reporting archive</h1>\n")
            .Append($"<p>{lifecycle.Issues.Count} issued documents, {runs.Count} run versions, {documents.Count} run documents (drafts). ")
            .Append("SHA-256 of the archived file; for a PDF, the original is the hash of the document as sent.</p>\n");
        if (chain is not null)
        {
            html.Append(chain.Problems.Count == 0
                ? $"<p id=\"chain\" class=\"good\">Hash chain: {chain.Entries} entries, every link holds when this page was written; head <code>{E(chain.Head)}</code>. Compare the head with one recorded outside the archive.</p>\n"
                : $"<p id=\"chain\" class=\"bad\">Hash chain: {chain.Problems.Count} problem(s) when this page was written: {E(string.Join("; ", chain.Problems))}</p>\n");
        }
        html.Append("<p><label>Search <input id=\"search\" type=\"search\" placeholder=\"deal, kind, date, addressee, reference or hash\"></label> ")
            .Append("<label><input id=\"latest\" type=\"checkbox\"> latest only</label> <span id=\"shown\"></span></p>\n");

        html.Append("<h2>Issued documents</h2>\n<table id=\"issued\">\n<thead><tr><th>State</th><th>Deal</th><th>Kind</th><th>Document</th><th>Reference</th><th>Date</th><th>Addressee</th><th>Sent to</th><th>Channel</th><th>Sent at</th><th>Run</th><th>Verification</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        foreach (var issue in lifecycle.Issues.AsEnumerable().Reverse())
        {
            var r = issue.Record;
            var state = issue.SupersededBy is { } by ? $"superseded by <a href=\"#{E(Anchor(by))}\">{E(by)}</a>" : "latest";
            if (r.AmendsIssue is not null) state += $"<br>amends <a href=\"#{E(Anchor(r.AmendsIssue))}\">{E(r.AmendsReference)}</a> of {E(r.AmendsDate)}: {E(r.Reason)}";
            var problem = issueProblem(issue);
            var verification = problem is null
                ? $"<span class=\"good\">verified</span>{(r.Signer is null ? ", unsigned" : $", signed by {E(r.Signer)}")}"
                : $"<span class=\"bad\">{E(problem)}</span>";
            var run = lifecycle.Runs.TryGetValue(r.RunPath, out var rs) ? $"{E(r.RunPath)}<br>prepared by {E(rs.Preparer)}, approved by {E(rs.Approver)}" : E(r.RunPath);
            html.Append($"<tr class=\"issue {(issue.SupersededBy is null ? "latest" : "superseded")}\" id=\"{E(Anchor(issue.Path))}\"><td class=\"state\">{state}</td><td>{E(r.DealId)}</td><td>{E(r.Kind)}</td>")
                .Append($"<td><a href=\"{E(Href(issue.DocumentPath))}\">{E(r.Title)}</a></td><td>{E(r.Reference)}</td><td>{E(r.DocumentDate)}</td><td>{E(r.Addressee)}</td>")
                .Append($"<td>{E(r.Recipient)}</td><td>{E(r.Channel)}</td><td>{E(r.SentAt)}</td><td>{run}</td><td>{verification}</td>")
                .Append($"<td>sent <code>{E(r.SentSha256)}</code><br>archived <code>{E(r.ArchivedSha256)}</code></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h2>Run versions</h2>\n<table id=\"runs\">\n<thead><tr><th>State</th><th>Deal</th><th>Period</th><th>Version</th><th>Prepared by</th><th>Approved by</th><th>Documents</th></tr></thead>\n<tbody>\n");
        foreach (var run in runs)
        {
            var state = lifecycle.Runs.TryGetValue(run.Path, out var rs) ? rs : null;
            html.Append($"<tr class=\"run\"><td class=\"state\">{E(state?.State ?? "draft")}</td><td>{E(run.DealId)}</td><td>{E(run.Period)}</td><td>{E(ArchiveLayout.VersionName(run.Version))}</td>")
                .Append($"<td>{E(state?.Preparer)}</td><td>{E(state?.Approver)}</td><td>{run.Documents}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<h2>Run documents (drafts, marked DRAFT; not what was sent)</h2>\n")
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
        return html.Append("</tbody>\n</table>\n").Append(Script).Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Filters rows by every word typed (all must appear in the row's text); "latest only" hides superseded issues.</summary>
    private const string Script = """
        <script>
        (function () {
          var search = document.getElementById('search'), latest = document.getElementById('latest'), shown = document.getElementById('shown');
          function filter() {
            var words = search.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
            var rows = document.querySelectorAll('tbody tr'), count = 0;
            rows.forEach(function (row) {
              var text = row.textContent.toLowerCase();
              var match = words.every(function (w) { return text.indexOf(w) >= 0; }) && !(latest.checked && row.classList.contains('superseded'));
              row.hidden = !match;
              if (match) count++;
            });
            shown.textContent = words.length || latest.checked ? count + ' of ' + rows.length + ' rows' : '';
          }
          search.addEventListener('input', filter);
          latest.addEventListener('change', filter);
          if (location.hash.indexOf('#q=') === 0) { search.value = decodeURIComponent(location.hash.slice(3)); }
          filter();
        })();
        </script>

        """;

    /// <summary>Writes beside the target and renames over it, so a reader never sees half a page.</summary>
    public static void Write(ArchiveLayout layout, IArchiveIndex index)
    {
        var lifecycle = LifecycleState.Read(layout);
        var html = Render(index.Runs(), index.Documents(new DocumentQuery()), lifecycle, ArchiveChain.Check(layout), issue => IssueProblem(layout, issue));
        var temporary = layout.HtmlFile + ".tmp";
        File.WriteAllText(temporary, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, layout.HtmlFile, overwrite: true);
    }

    /// <summary>The archived copy against its record: hash, and the as-sent prefix. Null when both hold.</summary>
    private static string? IssueProblem(ArchiveLayout layout, IssueState issue)
    {
        var file = layout.Path(issue.DocumentPath);
        if (!File.Exists(file)) return "archived copy missing";
        var bytes = File.ReadAllBytes(file);
        if (RunFormat.Hashes.Sha256(bytes) != issue.Record.ArchivedSha256) return "archived copy differs from its record";
        if (bytes.LongLength < issue.Record.SentLength || RunFormat.Hashes.Sha256(bytes[..(int)issue.Record.SentLength]) != issue.Record.SentSha256)
            return "the document as sent is not the prefix of the archived copy";
        return null;
    }

    private static string Anchor(string issuePath) => issuePath.Replace('/', '-');

    private static string Href(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
