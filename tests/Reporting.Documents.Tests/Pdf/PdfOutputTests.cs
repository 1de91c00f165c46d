using System.Security.Cryptography;
using System.Text.Json;
using Reporting.Documents.Tests.Support;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Documents.Tests.Pdf;

/// <summary>The sample documents as PDF: text read back, metadata, fonts, determinism, previews.</summary>
public class PdfOutputTests
{
    private static RenderedDocument Render(string name)
    {
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Samples, name + ".json")));
        using var renderer = new DocumentRenderer(Repository.Templates, Harness.Fonts);
        return renderer.Render($"samples/{name}.sbn", model.RootElement.Clone());
    }

    [Fact]
    public void The_letter_reads_back_as_approved()
    {
        var letter = Render("letter");

        Approvals.Verify(PdfText.Describe(letter.Pdf));
    }

    [Fact]
    public void The_letter_is_one_page_with_metadata_from_the_model()
    {
        using var pdf = PdfDocument.Open(Render("letter").Pdf);

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal("Notice of Change of Payment Account", pdf.Information.Title);
        Assert.Equal("Example Trust Company", pdf.Information.Author);
        Assert.Equal("D:20060925000000+00'00'", pdf.Information.CreationDate);
    }

    [Fact]
    public void Text_comes_back_in_reading_order()
    {
        using var pdf = PdfDocument.Open(Render("letter").Pdf);
        var lines = PdfText.Lines(pdf.GetPage(1));

        var order = new[] { "September 25, 2006", "Re: Notice of Change of Payment Account", "Dear Sir or Madam,", "Current balance USD 1,234,567.89", "Yours faithfully,", "Page 1 of 1" }
            .Select(text => lines.ToList().FindIndex(line => line.Contains(text, StringComparison.Ordinal)))
            .ToList();

        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Every_font_is_embedded_as_a_subset()
    {
        using var pdf = PdfDocument.Open(Render("letter").Pdf);

        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, name => Assert.Matches("^[A-Z]{6}\\+DejaVu", name));
    }

    [Fact]
    public void Rendering_twice_gives_the_same_bytes()
    {
        var first = SHA256.HashData(Render("letter").Pdf);
        var second = SHA256.HashData(Render("letter").Pdf);

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_manifest_lists_each_embedded_font_file_with_its_hash()
    {
        var letter = Render("letter");

        Assert.Contains(letter.Fonts, f => f.Path.EndsWith("DejaVuSerif.ttf", StringComparison.Ordinal));
        Assert.All(letter.Fonts, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        Assert.All(letter.Fonts, f => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.Path))), f.Sha256));
    }

    [Fact]
    public void The_long_statement_runs_past_100_pages_with_the_table_header_on_every_table_page()
    {
        var statement = Render("long-statement");
        using var pdf = PdfDocument.Open(statement.Pdf);

        Assert.True(pdf.NumberOfPages >= 100, $"{pdf.NumberOfPages} pages");
        Assert.Equal(statement.PageCount, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages().Take(pdf.NumberOfPages - 1))
        {
            var lines = PdfText.Lines(page);
            Assert.Contains(lines, l => l.StartsWith("Date Reference Description Debit Credit Balance", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.EndsWith($"Page {page.Number} of {pdf.NumberOfPages}", StringComparison.Ordinal));
            Assert.Contains(lines, l => l == "HYPOTHETICAL SCENARIO");
        }
    }

    [Fact]
    public void A_page_preview_is_a_png_at_150_dpi()
    {
        var png = Render("letter").RenderPng(1);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal((1275, 1650), (width, height));
    }
}
