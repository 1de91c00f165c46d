using System.Text;

namespace Reporting.Archive.Pdf;

/// <summary>
/// A string object. One read from a file keeps its raw bytes and form (literal or hex) so it is
/// written back exactly; one made from text is a literal when the text is printable ASCII and
/// UTF-16BE with a byte-order mark otherwise (the two encodings a PDF text string may use).
/// </summary>
internal sealed class PdfString : PdfObject
{
    private readonly byte[] _raw;
    private readonly bool _hex;

    private PdfString(byte[] raw, bool hex)
    {
        _raw = raw;
        _hex = hex;
    }

    /// <summary>The bytes between the delimiters, escapes left as they were.</summary>
    public static PdfString Raw(byte[] raw, bool hex) => new(raw, hex);

    public static PdfString Text(string text)
    {
        if (text.All(c => c >= 0x20 && c < 0x7F))
        {
            var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
            return new PdfString(Encoding.ASCII.GetBytes(escaped), hex: false);
        }
        var utf16 = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();
        return Bytes(utf16);
    }

    /// <summary>Binary data (checksums, document IDs), written as hex.</summary>
    public static PdfString Bytes(byte[] data) => new(Encoding.ASCII.GetBytes(Convert.ToHexString(data)), hex: true);

    public override void WriteTo(PdfOutput output)
    {
        output.Write(_hex ? "<" : "(");
        output.Write(_raw);
        output.Write(_hex ? ">" : ")");
    }
}
