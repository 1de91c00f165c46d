using System.Text;
using NodaTime;

namespace Reporting.RunFormat.Tests;

public sealed class RunManifestTests
{
    // Stand-in hashes: any 64 lower-case hex digits will do; these are the SHA-256 of "abc" and of nothing.
    private const string HashA = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private const string HashB = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static RunManifest Sample(LocalDate? workbookDate = null) => new(
        RunManifest.CurrentFormat,
        "1.0.0",
        "sample-deal",
        "Sample Trust 2006-1 Rate Cap",
        "hypothetical",
        "2007-03",
        [new HashedFile("deal.yaml", HashA)],
        [],
        [new HashedFile("DejaVuSans.ttf", HashB)],
        [
            new ManifestOutput("documents/notice-2007-03.pdf", "notice", "pdf", "Notice, March 2007",
                new LocalDate(2007, 3, 23), "Cap Provider & Co", 2, "notice-2007-03", HashA),
            new ManifestOutput("workbooks/cap-2007-03.xlsx", "cap-workbook", "xlsx", "Cap, March 2007",
                workbookDate, null, null, "cap-2007-03", HashB),
        ],
        new HashedFile("results.json", HashA));

    [Fact]
    public void The_cycle_writes_the_manifest_of_docs_run_output_byte_for_byte()
    {
        // Written out by hand from docs/run-output.md: snake_case keys in record order, ISO dates,
        // two-space indents, UTF-8 without BOM, '\n' line ends and a final newline.
        const string expected = """
            {
              "format": "reporting-run/1",
              "engine_version": "1.0.0",
              "deal_id": "sample-deal",
              "deal_name": "Sample Trust 2006-1 Rate Cap",
              "scenario": "hypothetical",
              "period": "2007-03",
              "inputs": [
                {
                  "path": "deal.yaml",
                  "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                }
              ],
              "templates": [],
              "fonts": [
                {
                  "path": "DejaVuSans.ttf",
                  "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                }
              ],
              "outputs": [
                {
                  "path": "documents/notice-2007-03.pdf",
                  "kind": "notice",
                  "format": "pdf",
                  "title": "Notice, March 2007",
                  "document_date": "2007-03-23",
                  "addressee": "Cap Provider & Co",
                  "pages": 2,
                  "results_key": "notice-2007-03",
                  "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                },
                {
                  "path": "workbooks/cap-2007-03.xlsx",
                  "kind": "cap-workbook",
                  "format": "xlsx",
                  "title": "Cap, March 2007",
                  "document_date": null,
                  "addressee": null,
                  "pages": null,
                  "results_key": "cap-2007-03",
                  "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                }
              ],
              "results": {
                "path": "results.json",
                "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
              }
            }

            """;

        Assert.Equal(expected.Replace("\r\n", "\n"), Encoding.UTF8.GetString(Sample().ToBytes()));
        Assert.NotEqual(0xEF, Sample().ToBytes()[0]);
    }

    [Fact]
    public void What_the_cycle_writes_the_archive_reads_back_unchanged()
    {
        var written = Sample(workbookDate: new LocalDate(2007, 3, 31));
        var bytes = written.ToBytes();

        var read = RunManifest.Parse(bytes, "run/manifest.json");

        Assert.Equal(bytes, read.Bytes);
        Assert.Equal(Hashes.Sha256(bytes), read.Sha256);
        Assert.Equal(bytes, read.ToBytes());
        Assert.Equal(("sample-deal", "2007-03", "hypothetical"), (read.DealId, read.Period, read.Scenario));
        Assert.Equal(written.Inputs, read.Inputs);
        Assert.Equal(written.Fonts, read.Fonts);
        Assert.Equal(written.Outputs, read.Outputs);
        Assert.Equal(written.Results, read.Results);
        Assert.Equal(new LocalDate(2007, 3, 31), read.Outputs[1].DocumentDate);
        Assert.True(read.Outputs[0].IsPdf);
        Assert.False(read.Outputs[1].IsPdf);
    }

    [Fact]
    public void A_manifest_from_another_format_or_with_unsafe_ids_is_refused_with_every_problem()
    {
        var bytes = (Sample() with { Format = "reporting-run/2", DealId = "../elsewhere", Period = "2007-13" }).ToBytes();

        var exception = Assert.Throws<InputException>(() => RunManifest.Parse(bytes, "run/manifest.json"));

        Assert.Equal(
            [
                "run/manifest.json: format 'reporting-run/2' is not reporting-run/1",
                "run/manifest.json: deal_id '../elsewhere' is not a folder-safe id",
                "run/manifest.json: period '2007-13' is not YYYY-MM",
            ],
            exception.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void A_path_that_leaves_its_folder_is_refused()
    {
        var manifest = Sample() with { Inputs = [new HashedFile("../../etc/passwd", HashA)] };

        var exception = Assert.Throws<InputException>(() => RunManifest.Parse(manifest.ToBytes(), "run/manifest.json"));

        Assert.Equal("run/manifest.json: '../../etc/passwd' must be a relative path inside its folder with a SHA-256", exception.Errors.Single().ToString());
    }

    [Fact]
    public void A_document_date_that_is_not_a_date_is_a_located_input_error()
    {
        var text = Encoding.UTF8.GetString(Sample().ToBytes()).Replace("\"2007-03-23\"", "\"2007-02-30\"", StringComparison.Ordinal);

        var exception = Assert.Throws<InputException>(() => RunManifest.Parse(Encoding.UTF8.GetBytes(text), "run/manifest.json"));

        var error = exception.Errors.Single();
        Assert.Equal("run/manifest.json", error.File);
        Assert.StartsWith("not a valid manifest: '2007-02-30' is not a date in the form yyyy-mm-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_not_a_run_folder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"runformat-none-{Guid.NewGuid():N}", RunManifest.FileName);

        var exception = Assert.Throws<InputException>(() => RunManifest.Load(path));

        Assert.Equal($"{path}: no manifest.json: not a run folder", exception.Errors.Single().ToString());
    }
}
