using System.Text;
using System.Xml;
using Reporting.Workbooks.Markup;

namespace Reporting.Workbooks.Writing;

/// <summary>
/// Writes docProps/core.xml ourselves. The packaging library's own property writer adds the part
/// under a random relationship id, which would make every file different.
/// </summary>
internal static class CorePropertiesXml
{
    private const string CorePropertiesNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string DublinCoreTermsNamespace = "http://purl.org/dc/terms/";
    private const string SchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(WorkbookProperties properties, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", CorePropertiesNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
        writer.WriteAttributeString("xmlns", "dcterms", null, DublinCoreTermsNamespace);
        writer.WriteAttributeString("xmlns", "xsi", null, SchemaInstanceNamespace);
        if (properties.Title is not null)
        {
            writer.WriteElementString("dc", "title", DublinCoreNamespace, properties.Title);
        }

        if (properties.Author is not null)
        {
            writer.WriteElementString("dc", "creator", DublinCoreNamespace, properties.Author);
        }

        if (properties.Created is { } created)
        {
            var timestamp = created.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
            foreach (var name in new[] { "created", "modified" })
            {
                writer.WriteStartElement("dcterms", name, DublinCoreTermsNamespace);
                writer.WriteAttributeString("xsi", "type", SchemaInstanceNamespace, "dcterms:W3CDTF");
                writer.WriteString(timestamp);
                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
