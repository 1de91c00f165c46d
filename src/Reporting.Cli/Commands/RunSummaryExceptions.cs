using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Reporting.Cycle.Models;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Cli.Commands;

/// <summary>
/// The exceptions of a run (the statement's breaks, missed deadlines, ledger breaks, and what keeps
/// a letter from going out as the notice clause requires), read back from its <c>results.json</c>
/// and worded by <c>documents/run-summary.sbn</c> in the statement's words, one a line. Only the
/// statement's list is read: other documents keep lists of their own under the same name (the
/// eligibility report's loans outside the clause), which are not the statement's exceptions.
/// </summary>
internal static class RunSummaryExceptions
{
    /// <summary>The output kind whose exceptions the summary lists.</summary>
    private const string StatementKind = "trustee-statement";

    public static IReadOnlyList<string> Read(string runFolder, string templatesFolder, IReadOnlyList<NoticeExceptionModel> noticeExceptions)
    {
        var exceptions = new JsonArray();
        var path = Path.Combine(runFolder, RunResults.FileName);
        var manifestPath = Path.Combine(runFolder, RunManifest.FileName);
        if (File.Exists(path) && File.Exists(manifestPath))
        {
            var statements = RunManifest.Load(manifestPath).Outputs
                .Where(o => o.Kind == StatementKind && o.ResultsKey is not null).Select(o => o.ResultsKey!).ToHashSet(StringComparer.Ordinal);
            var results = JsonNode.Parse(File.ReadAllBytes(path))!;
            foreach (var (key, document) in results["documents"]!.AsObject())
            {
                if (statements.Contains(key) && document is JsonObject figures && figures["exceptions"] is JsonArray list)
                    foreach (var x in list) exceptions.Add(x?.DeepClone());
            }
        }
        if (exceptions.Count == 0 && noticeExceptions.Count == 0) return [];
        var model = new JsonObject
        {
            ["exceptions"] = exceptions,
            ["notice_exceptions"] = JsonNode.Parse(ReportingJson.Serialize(noticeExceptions)),
        };
        var markup = new MarkupTemplateRenderer(templatesFolder).Render("documents/run-summary.sbn", TemplateModel.FromJson(model.ToJsonString()));
        // A terminal line: the non-breaking spaces that keep a date together on a page become plain ones.
        return XDocument.Parse(markup.Text).Root!.Elements("exception").Select(e => e.Value.Replace('\u00A0', ' ').Trim()).ToArray();
    }
}
