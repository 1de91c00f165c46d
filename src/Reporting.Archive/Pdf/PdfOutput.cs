using System.Text;

namespace Reporting.Archive.Pdf;

/// <summary>Bytes being written to a PDF, with the position each object starts at for the xref table.</summary>
internal sealed class PdfOutput
{
    private readonly MemoryStream _bytes = new();

    public long Position => _bytes.Position;

    /// <summary>PDF syntax is ASCII; Latin-1 maps each char to the one byte it stands for.</summary>
    public PdfOutput Write(string ascii)
    {
        var data = Encoding.Latin1.GetBytes(ascii);
        _bytes.Write(data, 0, data.Length);
        return this;
    }

    public PdfOutput Write(ReadOnlySpan<byte> data)
    {
        _bytes.Write(data);
        return this;
    }

    public PdfOutput Write(PdfObject value)
    {
        value.WriteTo(this);
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();
}
