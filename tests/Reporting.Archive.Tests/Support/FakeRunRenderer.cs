using System.IO.Compression;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Reporting.Archive.Verification;
using Reporting.Inputs;
using Reporting.RunFormat;

namespace Reporting.Archive.Tests.Support;

/// <summary>
/// A stand-in for the run pipeline: reads <c>deal.yaml</c> (id, name) and <c>fixings.csv</c> from
/// the deal folder and <c>documents/statement.sbn</c> from the templates folder, and writes a run
/// folder per docs/run-output.md — two SkiaSharp PDFs, a workbook, results.json and manifest.json —
/// deterministically, so a change to any input shows in the outputs.
/// </summary>
internal sealed class FakeRunRenderer : IRunRenderer
{
    public static readonly string[] Inputs = ["deal.yaml", "fixings.csv"];
    public static readonly string[] Templates = ["documents/statement.sbn"];

    public void Render(string dealFolder, string period, string templatesFolder, string outputFolder)
    {
        foreach (var input in Inputs)
            if (!File.Exists(Path.Combine(dealFolder, input))) throw new InputException(new Diagnostic(input, 0, 0, null, "missing"));
        var yaml = File.ReadAllLines(Path.Combine(dealFolder, "deal.yaml"));
        string Field(string key) => yaml.Single(l => l.StartsWith(key + ": ", StringComparison.Ordinal))[(key.Length + 2)..];
        var dealId = Field("id");
        var dealName = Field("name");
        var fixings = File.ReadAllLines(Path.Combine(dealFolder, "fixings.csv")).Skip(1).Where(l => l.Length > 0).ToArray();
        var template = File.ReadAllText(Path.Combine(templatesFolder, Templates[0])).Trim();
        var total = fixings.Sum(l => decimal.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
        var date = DateTime.ParseExact(period + "-23", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        Directory.CreateDirectory(Path.Combine(outputFolder, "documents"));
        Directory.CreateDirectory(Path.Combine(outputFolder, "workbooks"));
        var statementKey = $"statement-{period}";
        var noticeKey = $"notice-{period}";
        var statementTitle = $"Monthly Trustee Statement, {period}";
        var noticeTitle = $"Cap Payment Notice, {period}";
        File.WriteAllBytes(Path.Combine(outputFolder, $"documents/{statementKey}.pdf"), SkiaPdf.Create(statementTitle, date,
            [template, dealName, $"Period {period}", $"Total of fixings {total.ToString("0.00000", CultureInfo.InvariantCulture)}"],
            fixings.Select(f => "Fixing " + f).ToArray()));
        File.WriteAllBytes(Path.Combine(outputFolder, $"documents/{noticeKey}.pdf"), SkiaPdf.Create(noticeTitle, date,
            ["Cap Payment Notice", dealName, $"Amount due {(total * 1000m).ToString("0.00", CultureInfo.InvariantCulture)}"]));
        File.WriteAllBytes(Path.Combine(outputFolder, $"workbooks/figures-{period}.xlsx"), Workbook(fixings));

        var results = new
        {
            deal_id = dealId,
            period,
            documents = new Dictionary<string, object>
            {
                // The reference the notice prints: what an issue of it is known by.
                [noticeKey] = new { amount_due = total * 1000m, document = new { reference = $"{dealId.ToUpperInvariant()}/NOTICE/{period}" } },
                [statementKey] = new { fixings = fixings.Length, total },
            },
        };
        var resultsBytes = JsonSerializer.SerializeToUtf8Bytes(results, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllBytes(Path.Combine(outputFolder, "results.json"), resultsBytes);

        string Sha(string folder, string path) => Hashes.Sha256OfFile(Path.Combine(folder, path));
        object Output(string path, string kind, string format, string title, string? key, int? pages, string? addressee) => new
        {
            path, kind, format, title, document_date = format == "pdf" ? $"{period}-23" : null, addressee, pages, results_key = key,
            sha256 = Sha(outputFolder, path),
        };
        var manifest = new
        {
            format = "reporting-run/1",
            engine_version = "1.0.0",
            deal_id = dealId,
            deal_name = dealName,
            scenario = "hypothetical",
            period,
            inputs = Inputs.Select(p => new { path = p, sha256 = Sha(dealFolder, p) }),
            templates = Templates.Select(p => new { path = p, sha256 = Sha(templatesFolder, p) }),
            fonts = new[] { new { path = "DejaVuSans.ttf", sha256 = Hashes.Sha256(Encoding.UTF8.GetBytes("font")) } },
            outputs = new[]
            {
                Output($"documents/{noticeKey}.pdf", "cap-payment-notice", "pdf", noticeTitle, noticeKey, 1, "JPMorgan Chase Bank, National Association"),
                Output($"documents/{statementKey}.pdf", "trustee-statement", "pdf", statementTitle, statementKey, 2, "The Bank of New York Mellon"),
                Output($"workbooks/figures-{period}.xlsx", "figures-workbook", "xlsx", $"Figures, {period}", null, null, null),
            },
            results = new { path = "results.json", sha256 = Hashes.Sha256(resultsBytes) },
        };
        File.WriteAllBytes(Path.Combine(outputFolder, "manifest.json"), JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>A zip with fixed entry times and no compression: the same bytes every time.</summary>
    private static byte[] Workbook(string[] fixings)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.csv", CompressionLevel.NoCompression);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write(string.Join("\n", fixings));
        }
        return stream.ToArray();
    }
}
