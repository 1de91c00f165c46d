using System.Text;
using Reporting.Archive.Pdf;

namespace Reporting.Archive.Signing;

/// <summary>Bytes written as they are: the fixed-width placeholders a signature fills in after the file is laid out.</summary>
internal sealed class PdfRawToken(string ascii) : PdfObject
{
    public override void WriteTo(PdfOutput output) => output.Write(Encoding.ASCII.GetBytes(ascii));
}
