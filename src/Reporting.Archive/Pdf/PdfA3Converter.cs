using System.Security.Cryptography;

namespace Reporting.Archive.Pdf;

/// <summary>
/// Turns a SkiaSharp PDF into a PDF/A-3b file carrying the document's figures as an associated
/// file, by appending one incremental update: XMP metadata, an sRGB OutputIntent, a new Info
/// dictionary, the embedded JSON with its file specification (<c>/AFRelationship /Source</c>),
/// a new Catalog revision pointing at all of them, and a trailer <c>/ID</c>.
/// </summary>
/// <remarks>
/// Deterministic by construction: no clock, no random ID (Skia's own <c>PdfA = true</c> adds a
/// random one), no compression. The first half of the /ID is a hash of the original bytes (the
/// document as sent), the second a hash of the update, as ISO 32000-1, 14.4 intends. The original
/// stays a prefix of the result, so its hash can still be checked against the run manifest.
/// </remarks>
public static class PdfA3Converter
{
    public static byte[] Convert(byte[] pdf, PdfA3Metadata meta, byte[] attachmentJson, string attachmentName)
    {
        var xref = PdfCrossReference.Read(pdf);
        var root = xref.Trailer.Get("Root") as PdfReference ?? throw new PdfFormatException("the trailer has no /Root reference");
        var catalog = xref.ReadObject(pdf, root.Number) as PdfDictionary ?? throw new PdfFormatException("the Catalog is not a dictionary");
        if (xref.Trailer.Get("Encrypt") is not null) throw new PdfFormatException("an encrypted PDF cannot be PDF/A");

        var update = new PdfIncrementalUpdate(pdf, xref);
        var metadata = update.AddStream(new PdfDictionary([("Type", new PdfName("Metadata")), ("Subtype", new PdfName("XML"))]), XmpPacket.Build(meta));
        var profile = update.AddStream(new PdfDictionary([("N", PdfNumber.Of(3))]), SrgbProfile.Bytes);
        var outputIntent = new PdfDictionary([
            ("Type", new PdfName("OutputIntent")),
            ("S", new PdfName("GTS_PDFA1")),
            ("OutputConditionIdentifier", PdfString.Text(SrgbProfile.Identifier)),
            ("Info", PdfString.Text(SrgbProfile.Identifier)),
            ("RegistryName", PdfString.Text("http://www.color.org")),
            ("DestOutputProfile", profile),
        ]);
        var embeddedFile = update.AddStream(new PdfDictionary([
            ("Type", new PdfName("EmbeddedFile")),
            ("Subtype", new PdfName("application/json")),
            ("Params", new PdfDictionary([
                ("Size", PdfNumber.Of(attachmentJson.Length)),
                ("ModDate", PdfString.Text(PdfDate.ToPdf(meta.Modified))),
                ("CheckSum", PdfString.Bytes(MD5.HashData(attachmentJson))),
            ])),
        ]), attachmentJson);
        var fileSpec = update.Add(new PdfDictionary([
            ("Type", new PdfName("Filespec")),
            ("F", PdfString.Text(attachmentName)),
            ("UF", PdfString.Text(attachmentName)),
            ("Desc", PdfString.Text(meta.AttachmentDescription)),
            ("AFRelationship", new PdfName("Source")),
            ("EF", new PdfDictionary([("F", embeddedFile), ("UF", embeddedFile)])),
        ]));
        var info = update.Add(new PdfDictionary([
            ("Title", PdfString.Text(meta.Title)),
            ("Author", PdfString.Text(meta.Author)),
            ("Subject", PdfString.Text(meta.Subject)),
            ("Creator", PdfString.Text(meta.Creator)),
            ("Producer", PdfString.Text(meta.Producer)),
            ("CreationDate", PdfString.Text(PdfDate.ToPdf(meta.Created))),
            ("ModDate", PdfString.Text(PdfDate.ToPdf(meta.Modified))),
        ]));

        // /AF and the EmbeddedFiles name tree are PDF 1.7 / PDF/A-3 features: declare the version they need.
        catalog.Set("Version", new PdfName("1.7"))
            .Set("Metadata", metadata)
            .Set("OutputIntents", new PdfArray([outputIntent]))
            .Set("Names", NamesWithAttachment(pdf, xref, catalog, attachmentName, fileSpec))
            .Set("AF", new PdfArray([fileSpec]));
        update.Replace(root.Number, catalog);

        var originalId = PdfString.Bytes(SHA256.HashData(pdf)[..16]);
        var trailer = new PdfDictionary([("Root", root), ("Info", info)]);
        return update.Write(trailer, updateHash => new PdfArray([originalId, PdfString.Bytes(updateHash[..16])]));
    }

    /// <summary>The Catalog's /Names with /EmbeddedFiles set to our one attachment, other name trees kept.</summary>
    private static PdfDictionary NamesWithAttachment(byte[] pdf, PdfCrossReference xref, PdfDictionary catalog, string name, PdfReference fileSpec)
    {
        var names = catalog.Get("Names") is { } existing
            ? xref.Resolve(pdf, existing) as PdfDictionary ?? throw new PdfFormatException("the Catalog's /Names is not a dictionary")
            : new PdfDictionary();
        return names.Set("EmbeddedFiles", new PdfDictionary([("Names", new PdfArray([PdfString.Text(name), fileSpec]))]));
    }
}
