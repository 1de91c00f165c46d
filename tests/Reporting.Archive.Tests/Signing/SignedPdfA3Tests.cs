using System.Security.Cryptography.X509Certificates;
using System.Text;
using NodaTime;
using Reporting.Archive.Pdf;
using Reporting.Archive.Signing;
using Reporting.Archive.Tests.Support;
using Reporting.Testing;

namespace Reporting.Archive.Tests.Signing;

/// <summary>
/// A PDF/A-3b copy signed as an issue signs it: the signing time is the issue's stated time (pdfsig
/// shows it), the bytes are the same for the same inputs, and the signature's update keeps what
/// PDF/A-3b needs (checked by <see cref="PdfA3Structure"/>, qpdf and pdfsig).
/// </summary>
public sealed class SignedPdfA3Tests
{
    private static readonly OffsetDateTime _sentAt = new(new LocalDateTime(2007, 8, 27, 10, 15, 0), Offset.FromHours(-4));

    [Fact]
    public void The_signing_time_is_the_stated_time_of_the_issue_and_the_bytes_do_not_depend_on_the_clock()
    {
        using var temp = new TemporaryFolder();
        using var signer = Signer();
        var signed = signer.Sign(Converted(), _sentAt);
        var file = temp.Combine("signed.pdf");
        File.WriteAllBytes(file, signed);

        // ISO 32000-1 7.9.4: D:YYYYMMDDHHmmSSOHH'mm', the offset as stated.
        Assert.Contains("/M (D:20070827101500-04'00')", Encoding.Latin1.GetString(signed));
        // pdfsig prints the time in UTC here (TZ is unset in tests): 10:15 at -04:00 is 14:15 UTC.
        var report = Pdfsig.Run(file);
        Assert.Contains("Signing Time: Aug 27 2007 14:15:00", report);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        // Same document, time and key: the same bytes (a second signature made later by the clock would differ).
        Assert.Equal(signed, signer.Sign(Converted(), _sentAt));
    }

    [Fact]
    public void Signing_twice_keeps_the_PDF_A_3b_structure_of_the_copy()
    {
        using var temp = new TemporaryFolder();
        using var signer = Signer();
        // As an issue does: the document sent is signed, converted to PDF/A-3b, and the copy signed again.
        var sent = signer.Sign(SkiaPdf.Create("Collateral call", new DateTime(2007, 8, 24, 0, 0, 0, DateTimeKind.Utc), ["Collateral call", "Amount 158,066.82"]), _sentAt);
        var copy = signer.Sign(PdfA3Converter.Convert(sent, _metadata, Encoding.UTF8.GetBytes("{}"), "call.json"), _sentAt);
        var file = temp.Combine("copy.pdf");
        File.WriteAllBytes(file, copy);

        Assert.Empty(PdfA3Structure.Problems(file));
        Assert.Equal(0, Qpdf.Run("--check", file).ExitCode);
        Assert.Equal(2, Pdfsig.Run(file).Split("Signature Validation: Signature is Valid.").Length - 1);
        Assert.Equal(sent, copy[..sent.Length]);
    }

    [Fact]
    public void The_structural_check_finds_what_an_update_could_break()
    {
        using var temp = new TemporaryFolder();
        using var signer = Signer();
        var signed = signer.Sign(Converted(), _sentAt);
        // An update that drops the metadata and the output intent from the Catalog, as a careless signer would.
        var text = Encoding.Latin1.GetString(signed);
        var broken = Encoding.Latin1.GetBytes(text.Replace("/OutputIntents", "/OutputIntentz").Replace("/Metadata", "/Metadatum"));
        var file = temp.Combine("broken.pdf");
        File.WriteAllBytes(file, broken);

        var problems = PdfA3Structure.Problems(file);
        Assert.Contains(problems, p => p.StartsWith("6.6.2: the Catalog", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("6.2.3:", StringComparison.Ordinal));
    }

    private static readonly PdfA3Metadata _metadata = new("Collateral call", "Trust desk", "collateral-call", "reporting", "Reporting.Archive",
        Instant.FromUtc(2007, 8, 24, 0, 0), Instant.FromUtc(2007, 8, 24, 0, 0), "Figures");

    private static byte[] Converted() => PdfA3Converter.Convert(
        SkiaPdf.Create("Statement", new DateTime(2007, 3, 23, 0, 0, 0, DateTimeKind.Utc), ["Statement", "Cap amount 12,345.67"]),
        _metadata, Encoding.UTF8.GetBytes("{}"), "statement.json");

    private static PadesSigner Signer() => new(X509CertificateLoader.LoadPkcs12(TestCertificate.CreatePkcs12("CN=Trust Desk (test)", null,
        new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero)), null));
}
