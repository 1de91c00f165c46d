using System.Diagnostics;
using System.Text.Json;
using Reporting.Documents.Diagnostics;
using Reporting.Documents.Fonts;
using Reporting.Documents.Tests.Support;
using Reporting.RunFormat;
using UglyToad.PdfPig;

namespace Reporting.Documents.Tests.Pdf;

/// <summary>
/// A character DejaVu lacks (a counterparty named in Chinese, an emoji in a name) is drawn from a
/// fallback font, embedded as a subset and listed with its hash like the others; a character no
/// font has is a located error. Never dropped.
/// </summary>
public class FallbackFontTests
{
    // 東京 (CJK ideographs), 🚀 (an emoji outside the Basic Multilingual Plane that DejaVu lacks) and ✓ (DejaVu has it).
    private const string Name = "東京 Trading 🚀 Ltd ✓";

    private const string Template = """
        <document title="Fallback" date="2007-08-24">
          <body>
            <p>Counterparty: <b>{{ name }}</b></p>
          </body>
        </document>
        """;

    private static JsonElement Model(string name) => JsonSerializer.SerializeToElement(new { name });

    [Fact]
    public void Characters_dejavu_lacks_are_drawn_from_noto_and_embedded()
    {
        foreach (var file in new[] { FontSet.NotoFallbacks[1], FontSet.NotoFallbacks[^1] })
        {
            Assert.True(File.Exists(file), $"{file} is missing: apt-get install -y fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji (.ci/run does)");
        }
        using var folder = new TemporaryFolder();
        folder.Write("t.sbn", Template);
        using var fonts = FontSet.DejaVu();
        using var renderer = new DocumentRenderer(folder.Path, fonts);

        var rendered = renderer.Render("t.sbn", Model(Name));

        using (var pdf = PdfDocument.Open(rendered.Pdf))
        {
            var page = pdf.GetPage(1);
            var text = page.Text;
            Assert.Contains("東京", text);
            Assert.Contains("🚀", text);
            Assert.Contains("✓", text);
            // The ideographs and the emoji come from fonts of their own (Skia embeds the CFF and colour
            // glyphs as Type 3 fonts), the Latin letters from DejaVu.
            var fontOf = page.Letters.GroupBy(l => l.Value).ToDictionary(g => g.Key, g => g.First().FontName ?? "");
            Assert.Contains("DejaVu", fontOf["T"]);
            Assert.DoesNotContain("DejaVu", fontOf["東"]);
            Assert.DoesNotContain("DejaVu", fontOf["🚀"]);
        }
        // The fallback files are listed, with their hashes, among the fonts the document used.
        Assert.Contains(rendered.Fonts, f => f.Path == FontSet.NotoFallbacks[1] && f.Sha256.Length == 64);
        Assert.Contains(rendered.Fonts, f => f.Path == FontSet.NotoFallbacks[^1]);
        // Subset, not whole: the CJK file alone is 19 MB.
        Assert.True(rendered.Pdf.Length < 400_000, $"{rendered.Pdf.Length} bytes");
        // Deterministic, and a valid PDF.
        Assert.Equal(rendered.Pdf, renderer.Render("t.sbn", Model(Name)).Pdf);
        var path = Path.Combine(folder.Path, "t.pdf");
        File.WriteAllBytes(path, rendered.Pdf);
        Assert.Equal("", QpdfCheck(path));
    }

    [Fact]
    public void Without_a_font_for_a_character_the_error_names_it_and_the_template_line()
    {
        using var folder = new TemporaryFolder();
        var template = folder.Write("t.sbn", Template);
        using var fonts = FontSet.DejaVu(fallbackFiles: []);
        using var renderer = new DocumentRenderer(folder.Path, fonts);

        var error = Assert.Throws<DocumentError>(() => renderer.Render("t.sbn", Model(Name)));

        // One error per character no font has, each at the expression that wrote it (line 3, column 28).
        Assert.Equal(
            [
                new Diagnostic(template, 3, 28, "the character '東' (U+6771) is in no font the document can use (the Sans face and 0 fallback fonts; see docs/markup.md, Fonts)"),
                new Diagnostic(template, 3, 28, "the character '京' (U+4EAC) is in no font the document can use (the Sans face and 0 fallback fonts; see docs/markup.md, Fonts)"),
                new Diagnostic(template, 3, 28, "the character '🚀' (U+1F680) is in no font the document can use (the Sans face and 0 fallback fonts; see docs/markup.md, Fonts)"),
            ],
            error.Diagnostics);
    }

    [Fact]
    public void A_character_in_no_installed_font_is_an_error_even_with_the_fallbacks()
    {
        using var folder = new TemporaryFolder();
        var template = folder.Write("t.sbn", Template);
        using var renderer = new DocumentRenderer(folder.Path, Harness.Fonts);

        // U+10FFFD is a private-use character: no public font draws it.
        var error = Assert.Throws<DocumentError>(() => renderer.Render("t.sbn", Model("Acme \U0010FFFD")));

        Assert.Equal((template, 3), (error.First.File, error.First.Line));
        Assert.Contains("U+10FFFD", error.First.Message);
    }

    private static string QpdfCheck(string path)
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add(path);
        using var qpdf = Process.Start(start)!;
        var output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
        qpdf.WaitForExit();
        return qpdf.ExitCode == 0 ? "" : output;
    }
}
