using System.Text;

namespace Reporting.Archive.Pdf;

/// <summary>
/// Where each object of a PDF starts, and the trailer, read from the classic cross-reference
/// tables SkiaSharp writes (following <c>/Prev</c> through earlier updates).
/// </summary>
internal sealed class PdfCrossReference
{
    private PdfCrossReference(IReadOnlyDictionary<int, long> offsets, PdfDictionary trailer, long startXref)
    {
        Offsets = offsets;
        Trailer = trailer;
        StartXref = startXref;
    }

    public IReadOnlyDictionary<int, long> Offsets { get; }

    /// <summary>The newest trailer.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>Where the newest xref table starts: the <c>/Prev</c> of an update appended to this file.</summary>
    public long StartXref { get; }

    public static PdfCrossReference Read(byte[] pdf)
    {
        if (pdf.Length < 8 || Encoding.ASCII.GetString(pdf, 0, 5) != "%PDF-") throw new PdfFormatException("not a PDF: the file does not start with %PDF-");
        var startXref = FindStartXref(pdf);
        var offsets = new Dictionary<int, long>();
        PdfDictionary? newest = null;
        var visited = new HashSet<long>();
        long? section = startXref;
        while (section is { } at)
        {
            if (!visited.Add(at)) throw new PdfFormatException("the cross-reference chain loops");
            var trailer = ReadSection(pdf, at, offsets);
            newest ??= trailer;
            section = (trailer.Get("Prev") as PdfNumber)?.AsLong();
        }
        return new PdfCrossReference(offsets, newest!, startXref);
    }

    public PdfObject ReadObject(byte[] pdf, int number)
    {
        if (!Offsets.TryGetValue(number, out var offset) || offset < 0) throw new PdfFormatException($"object {number} is not in the cross-reference table");
        var (found, value) = new PdfParser(pdf, checked((int)offset)).ReadIndirectObject();
        return found == number ? value : throw new PdfFormatException($"the xref entry of object {number} points at object {found}");
    }

    /// <summary>Follows a reference, or returns a direct object as it is.</summary>
    public PdfObject Resolve(byte[] pdf, PdfObject value) => value is PdfReference r ? ReadObject(pdf, r.Number) : value;

    private static long FindStartXref(byte[] pdf)
    {
        var keyword = Encoding.ASCII.GetBytes("startxref");
        var tail = Math.Max(0, pdf.Length - 1024);
        var at = pdf.AsSpan(tail).LastIndexOf(keyword);
        if (at < 0) throw new PdfFormatException("no startxref near the end of the file");
        return new PdfParser(pdf, tail + at + keyword.Length).ReadInteger();
    }

    /// <summary>Reads one xref table and its trailer; entries already known (from a newer section) win.</summary>
    private static PdfDictionary ReadSection(byte[] pdf, long at, Dictionary<int, long> offsets)
    {
        if (at < 0 || at >= pdf.Length) throw new PdfFormatException($"startxref {at} is outside the file");
        var parser = new PdfParser(pdf, (int)at);
        if (parser.PeekToken() != "xref")
            throw new PdfFormatException("the cross-reference section is not a classic xref table (xref streams are not supported)");
        parser.ExpectKeyword("xref");
        while (parser.PeekToken() != "trailer")
        {
            var first = parser.ReadInteger();
            var count = parser.ReadInteger();
            for (var i = 0; i < count; i++)
            {
                var offset = parser.ReadInteger();
                parser.ReadInteger();
                var kind = parser.PeekToken();
                parser.ExpectKeyword(kind);
                if (kind is not ("n" or "f")) throw new PdfFormatException($"xref entry type '{kind}'");
                // A free entry in a newer section hides the object from older ones: recorded as -1.
                offsets.TryAdd((int)(first + i), kind == "n" ? offset : -1);
            }
        }
        parser.ExpectKeyword("trailer");
        return parser.ReadObject() as PdfDictionary ?? throw new PdfFormatException("the trailer is not a dictionary");
    }
}
