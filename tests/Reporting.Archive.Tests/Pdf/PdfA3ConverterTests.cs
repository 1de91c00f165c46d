using System.Text;
using NodaTime;
using Reporting.Archive.Pdf;
using Reporting.Archive.Tests.Support;
using UglyToad.PdfPig;
using Reporting.Testing;

namespace Reporting.Archive.Tests.Pdf;

public sealed class PdfA3ConverterTests
{
    private static readonly DateTime _documentDate = new(2007, 3, 23, 0, 0, 0, DateTimeKind.Utc);

    private static readonly PdfA3Metadata _meta = new(
        Title: "Monthly Trustee Statement, March 2007",
        Author: "GMACM Home Equity Loan Trust 2006-HE3 (Trustee)",
        Subject: "trustee-statement for gmacm-2006-he3, 2007-03",
        Creator: "reporting 1.0.0",
        Producer: "Reporting.Archive PDF/A-3b post-processor",
        Created: Instant.FromUtc(2007, 3, 23, 0, 0),
        Modified: Instant.FromUtc(2007, 3, 23, 0, 0),
        AttachmentDescription: "Figures shown in this document (its part of results.json)");

    private static readonly byte[] _figures = Encoding.UTF8.GetBytes("{\n  \"cap_amount\": 12345.67\n}");

    private static byte[] Original() => SkiaPdf.Create("Monthly Trustee Statement, March 2007", _documentDate,
        ["Monthly Trustee Statement", "Cap amount 12,345.67"], ["Page two", "Notional 100,000,000.00"]);

    private static byte[] Converted() => PdfA3Converter.Convert(Original(), _meta, _figures, "trustee-statement-2007-03.json");

    [Fact]
    public void Two_conversions_give_the_same_bytes()
    {
        Assert.Equal(Original(), Original());
        Assert.Equal(Converted(), Converted());
    }

    [Fact]
    public void The_original_is_an_unchanged_prefix()
    {
        var original = Original();
        var converted = Converted();
        Assert.True(converted.Length > original.Length);
        Assert.Equal(original, converted[..original.Length]);
    }

    [Fact]
    public void Qpdf_check_passes()
    {
        using var temp = new TemporaryFolder();
        var file = temp.Combine("converted.pdf");
        File.WriteAllBytes(file, Converted());
        var (code, output) = Qpdf.Run("--check", file);
        Console.WriteLine(output);
        Assert.True(code == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output);
    }

    [Fact]
    public void PdfPig_still_reads_the_text_and_the_metadata()
    {
        using var document = PdfDocument.Open(Converted());
        Assert.Equal(2, document.NumberOfPages);
        Assert.Contains("Cap amount 12,345.67", document.GetPage(1).Text);
        Assert.Contains("Notional 100,000,000.00", document.GetPage(2).Text);
        Assert.Equal(_meta.Title, document.Information.Title);
        Assert.Equal(_meta.Producer, document.Information.Producer);
        Assert.Equal("D:20070323000000Z", document.Information.ModifiedDate);
    }

    [Fact]
    public void Xmp_identifies_PDF_A_3b_and_matches_the_info_dictionary()
    {
        using var document = PdfDocument.Open(Converted());
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument().ToString();
        Assert.Contains("<pdfaid:part>3</pdfaid:part>", xml);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xml);
        Assert.Contains($">{_meta.Title}</rdf:li>", xml);
        Assert.Contains($"<pdf:Producer>{_meta.Producer}</pdf:Producer>", xml);
        Assert.Contains("<xmp:ModifyDate>2007-03-23T00:00:00Z</xmp:ModifyDate>", xml);
    }

    [Fact]
    public void The_figures_are_an_associated_file_with_subtype_and_params()
    {
        using var temp = new TemporaryFolder();
        var file = temp.Combine("converted.pdf");
        File.WriteAllBytes(file, Converted());
        var objects = Qpdf.Objects(file);
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var catalog = objects.GetProperty("obj:" + trailer.GetProperty("/Root").GetString()).GetProperty("value");

        Assert.Equal(2, trailer.GetProperty("/ID").GetArrayLength());
        Assert.Equal("/1.7", catalog.GetProperty("/Version").GetString());
        var metadata = objects.GetProperty("obj:" + catalog.GetProperty("/Metadata").GetString()).GetProperty("stream").GetProperty("dict");
        Assert.Equal("/XML", metadata.GetProperty("/Subtype").GetString());
        Assert.False(metadata.TryGetProperty("/Filter", out _), "PDF/A forbids a filtered metadata stream");

        var intent = catalog.GetProperty("/OutputIntents")[0];
        Assert.Equal("/GTS_PDFA1", intent.GetProperty("/S").GetString());
        var profile = objects.GetProperty("obj:" + intent.GetProperty("/DestOutputProfile").GetString()).GetProperty("stream").GetProperty("dict");
        Assert.Equal(3, profile.GetProperty("/N").GetInt32());

        var fileSpecRef = catalog.GetProperty("/AF")[0].GetString();
        Assert.Equal(fileSpecRef, catalog.GetProperty("/Names").GetProperty("/EmbeddedFiles").GetProperty("/Names")[1].GetString());
        var fileSpec = objects.GetProperty("obj:" + fileSpecRef).GetProperty("value");
        Assert.Equal("/Source", fileSpec.GetProperty("/AFRelationship").GetString());
        Assert.Equal("u:trustee-statement-2007-03.json", fileSpec.GetProperty("/UF").GetString());
        Assert.Equal("u:" + _meta.AttachmentDescription, fileSpec.GetProperty("/Desc").GetString());
        var embedded = objects.GetProperty("obj:" + fileSpec.GetProperty("/EF").GetProperty("/F").GetString()).GetProperty("stream").GetProperty("dict");
        Assert.Equal("/application/json", embedded.GetProperty("/Subtype").GetString());
        Assert.Contains("/Subtype /application#2Fjson", Encoding.Latin1.GetString(Converted()));
        var parameters = embedded.GetProperty("/Params");
        Assert.Equal(_figures.Length, parameters.GetProperty("/Size").GetInt32());
        Assert.Equal("u:D:20070323000000Z", parameters.GetProperty("/ModDate").GetString());
        Assert.Equal("b:" + Convert.ToHexString(System.Security.Cryptography.MD5.HashData(_figures)).ToLowerInvariant(),
            parameters.GetProperty("/CheckSum").GetString());

        using var document = PdfDocument.Open(Converted());
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var files));
        Assert.Equal(_figures, files.Single().Bytes.ToArray());
    }

    [Fact]
    public void The_header_is_followed_by_the_binary_comment_PDF_A_requires()
    {
        var pdf = Converted();
        var firstLineEnd = Array.IndexOf(pdf, (byte)'\n');
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal((byte)'%', pdf[firstLineEnd + 1]);
        Assert.All(pdf[(firstLineEnd + 2)..(firstLineEnd + 6)], b => Assert.True(b > 127));
    }

    [Fact]
    public void The_document_id_is_derived_from_the_content()
    {
        var other = PdfA3Converter.Convert(SkiaPdf.Create("Other", _documentDate, ["Other text"]), _meta, _figures, "x.json");
        string IdOf(byte[] pdf)
        {
            var text = Encoding.Latin1.GetString(pdf);
            var at = text.LastIndexOf("/ID [", StringComparison.Ordinal);
            return text[at..text.IndexOf(']', at)];
        }
        Assert.Equal(IdOf(Converted()), IdOf(Converted()));
        Assert.NotEqual(IdOf(Converted()), IdOf(other));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_with_a_message()
    {
        var e = Assert.Throws<PdfFormatException>(() => PdfA3Converter.Convert(Encoding.ASCII.GetBytes("hello, world"), _meta, _figures, "x.json"));
        Assert.Contains("%PDF-", e.Message);
    }
}
