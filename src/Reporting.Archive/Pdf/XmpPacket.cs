using System.Security;
using System.Text;

namespace Reporting.Archive.Pdf;

/// <summary>
/// The XMP metadata packet of a PDF/A-3b file (ISO 19005-3, 6.6): Dublin Core, XMP basic and
/// Adobe PDF properties mirroring the Info dictionary, and the pdfaid identification.
/// The packet carries neither <c>bytes</c> nor <c>encoding</c> attributes, which PDF/A forbids.
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(PdfA3Metadata meta)
    {
        string E(string text) => SecurityElement.Escape(text);
        var xml = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("  <rdf:Description rdf:about=\"\"\n")
            .Append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
            .Append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
            .Append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
            .Append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
            .Append("   <dc:format>application/pdf</dc:format>\n")
            .Append($"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(meta.Title)}</rdf:li></rdf:Alt></dc:title>\n")
            .Append($"   <dc:creator><rdf:Seq><rdf:li>{E(meta.Author)}</rdf:li></rdf:Seq></dc:creator>\n")
            .Append($"   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(meta.Subject)}</rdf:li></rdf:Alt></dc:description>\n")
            .Append($"   <xmp:CreatorTool>{E(meta.Creator)}</xmp:CreatorTool>\n")
            .Append($"   <xmp:CreateDate>{PdfDate.ToXmp(meta.Created)}</xmp:CreateDate>\n")
            .Append($"   <xmp:ModifyDate>{PdfDate.ToXmp(meta.Modified)}</xmp:ModifyDate>\n")
            .Append($"   <xmp:MetadataDate>{PdfDate.ToXmp(meta.Modified)}</xmp:MetadataDate>\n")
            .Append($"   <pdf:Producer>{E(meta.Producer)}</pdf:Producer>\n")
            .Append("   <pdfaid:part>3</pdfaid:part>\n")
            .Append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
            .Append("  </rdf:Description>\n")
            .Append(" </rdf:RDF>\n")
            .Append("</x:xmpmeta>\n")
            .Append("<?xpacket end=\"w\"?>");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml.ToString());
    }
}
