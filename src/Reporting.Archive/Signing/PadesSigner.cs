using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Reporting.Archive.Lifecycle;
using Reporting.Archive.Pdf;

namespace Reporting.Archive.Signing;

/// <summary>
/// A PAdES baseline (B-B) signature: one incremental update adding a signature field on the first
/// page and a <c>/Sig</c> dictionary (<c>/SubFilter /ETSI.CAdES.detached</c>) whose <c>/Contents</c>
/// is a CMS SignedData, detached, SHA-256, over the <c>/ByteRange</c>: every byte of the file but
/// the signature itself. The signed attributes carry the ESS signing-certificate-v2 PAdES requires
/// and no signing-time attribute; the claimed signing time is the dictionary's <c>/M</c>, the time
/// recorded for the issue (never the clock), so the same document, time and certificate give the same bytes. Everything before the update stays a byte prefix.
/// </summary>
public sealed class PadesSigner : IPdfSigner, IDisposable
{
    /// <summary>Room for the CMS: a 4096-bit RSA signature and a certificate chain of a few kilobytes.</summary>
    private const int ContentsBytes = 16384;
    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    private readonly X509Certificate2 _certificate;

    public PadesSigner(X509Certificate2 certificate)
    {
        if (!certificate.HasPrivateKey) throw new ArgumentException("the signing certificate has no private key", nameof(certificate));
        _certificate = certificate;
    }

    public string Subject => _certificate.Subject;

    /// <summary>Loads the desk's certificate and key from a PKCS#12 file.</summary>
    public static PadesSigner FromPkcs12(string path, string? password) =>
        new(X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet));

    public byte[] Sign(byte[] pdf, NodaTime.OffsetDateTime signingTime)
    {
        var xref = PdfCrossReference.Read(pdf);
        var root = xref.Trailer.Get("Root") as PdfReference ?? throw new PdfFormatException("the trailer has no /Root reference");
        var catalog = xref.ReadObject(pdf, root.Number) as PdfDictionary ?? throw new PdfFormatException("the Catalog is not a dictionary");
        var (pageRef, page) = FirstPage(pdf, xref, catalog);
        var acroForm = catalog.Get("AcroForm") is { } form ? xref.Resolve(pdf, form) as PdfDictionary ?? new PdfDictionary() : new PdfDictionary();
        var fields = acroForm.Get("Fields") is { } f && xref.Resolve(pdf, f) is PdfArray existingFields ? existingFields.Items : [];

        var update = new PdfIncrementalUpdate(pdf, xref);
        var signature = update.Add(new PdfDictionary([
            ("Type", new PdfName("Sig")),
            ("Filter", new PdfName("Adobe.PPKLite")),
            ("SubFilter", new PdfName("ETSI.CAdES.detached")),
            ("ByteRange", new PdfRawToken(ByteRangePlaceholder)),
            ("Contents", new PdfRawToken("<" + new string('0', ContentsBytes * 2) + ">")),
            // PAdES puts the claimed signing time here, not in the CMS (ETSI EN 319 142-1 5.4.2); it is the stated time.
            ("M", PdfString.Text(PdfDate.ToPdf(signingTime))),
        ]));
        var widget = update.Add(new PdfDictionary([
            ("Type", new PdfName("Annot")),
            ("Subtype", new PdfName("Widget")),
            ("FT", new PdfName("Sig")),
            ("T", PdfString.Text("Signature" + (fields.Count + 1).ToString(CultureInfo.InvariantCulture))),
            ("V", signature),
            ("F", PdfNumber.Of(132)), // print and locked: an invisible signature that still counts as printed (PDF/A)
            ("Rect", new PdfArray([PdfNumber.Of(0), PdfNumber.Of(0), PdfNumber.Of(0), PdfNumber.Of(0)])),
            ("P", pageRef),
        ]));
        var annotations = page.Get("Annots") is { } a && xref.Resolve(pdf, a) is PdfArray existing ? existing.Items : [];
        update.Replace(pageRef.Number, page.Set("Annots", new PdfArray([.. annotations, widget])));
        acroForm.Set("Fields", new PdfArray([.. fields, widget])).Set("SigFlags", PdfNumber.Of(3));
        update.Replace(root.Number, catalog.Set("AcroForm", acroForm));

        var trailer = new PdfDictionary([("Root", root)]);
        if (xref.Trailer.Get("Info") is { } info) trailer.Set("Info", info);
        var firstId = (xref.Trailer.Get("ID") as PdfArray)?.Items.FirstOrDefault() ?? PdfString.Bytes(SHA256.HashData(pdf)[..16]);
        var signed = update.Write(trailer, updateHash => new PdfArray([firstId, PdfString.Bytes(updateHash[..16])]));
        return FillSignature(signed);
    }

    /// <summary>Writes the byte range into its placeholder, then the CMS over those bytes into /Contents.</summary>
    private byte[] FillSignature(byte[] signed)
    {
        var rangeAt = LastIndexOf(signed, Encoding.ASCII.GetBytes(ByteRangePlaceholder));
        var contentsAt = LastIndexOf(signed, Encoding.ASCII.GetBytes("/Contents <")) + "/Contents ".Length;
        var contentsEnd = contentsAt + ContentsBytes * 2 + 2;
        var range = string.Create(CultureInfo.InvariantCulture,
            $"[0 {contentsAt:D10} {contentsEnd:D10} {signed.Length - contentsEnd:D10}]");
        Encoding.ASCII.GetBytes(range).CopyTo(signed, rangeAt);

        var content = new byte[contentsAt + (signed.Length - contentsEnd)];
        signed.AsSpan(0, contentsAt).CopyTo(content);
        signed.AsSpan(contentsEnd).CopyTo(content.AsSpan(contentsAt));
        var cms = Cms(content);
        if (cms.Length > ContentsBytes) throw new InvalidOperationException($"the signature needs {cms.Length} bytes; {ContentsBytes} are reserved");
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, contentsAt + 1);
        return signed;
    }

    private byte[] Cms(byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(SigningCertificateV2());
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the signer's certificate, binding it to the signature.</summary>
    private AsnEncodedData SigningCertificateV2()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence()) // SigningCertificateV2
        using (writer.PushSequence()) // certs
        using (writer.PushSequence()) // ESSCertIDv2, hashAlgorithm defaulting to SHA-256
            writer.WriteOctetString(SHA256.HashData(_certificate.RawData));
        return new AsnEncodedData(new Oid("1.2.840.113549.1.9.16.2.47"), writer.Encode());
    }

    private static (PdfReference Ref, PdfDictionary Page) FirstPage(byte[] pdf, PdfCrossReference xref, PdfDictionary catalog)
    {
        var node = catalog.Get("Pages") as PdfReference ?? throw new PdfFormatException("the Catalog has no /Pages reference");
        for (var depth = 0; depth < 32; depth++)
        {
            var dictionary = xref.ReadObject(pdf, node.Number) as PdfDictionary ?? throw new PdfFormatException("a page tree node is not a dictionary");
            if ((dictionary.Get("Type") as PdfName)?.Value == "Page") return (node, dictionary);
            node = (xref.Resolve(pdf, dictionary.Get("Kids") ?? new PdfArray([])) as PdfArray)?.Items.FirstOrDefault() as PdfReference
                ?? throw new PdfFormatException("the page tree has no first page");
        }
        throw new PdfFormatException("the page tree is too deep");
    }

    private static int LastIndexOf(byte[] haystack, byte[] needle) =>
        haystack.AsSpan().LastIndexOf(needle) is var at and >= 0 ? at : throw new InvalidOperationException("signature placeholder not found");

    public void Dispose() => _certificate.Dispose();
}
