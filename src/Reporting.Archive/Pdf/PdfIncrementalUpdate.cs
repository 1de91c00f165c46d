using System.Globalization;
using System.Security.Cryptography;

namespace Reporting.Archive.Pdf;

/// <summary>
/// An incremental update (ISO 32000-1, 7.5.6): new and replaced objects, an xref table for
/// them and a trailer pointing back at the original's, appended after the original bytes.
/// The original file stays a byte-for-byte prefix of the result, so the document as sent can
/// always be cut back out and its hash checked. Streams are written uncompressed so the bytes
/// depend only on this code, never on the zlib a runtime happens to ship.
/// </summary>
internal sealed class PdfIncrementalUpdate
{
    private readonly byte[] _original;
    private readonly PdfCrossReference _xref;
    private readonly SortedDictionary<int, Func<PdfOutput, long>> _objects = new();
    private int _nextNumber;

    public PdfIncrementalUpdate(byte[] original, PdfCrossReference xref)
    {
        _original = original;
        _xref = xref;
        _nextNumber = checked((int)((xref.Trailer.Get("Size") as PdfNumber)?.AsLong()
                                    ?? throw new PdfFormatException("the trailer has no /Size")));
    }

    public PdfReference Add(PdfObject value) => Put(_nextNumber++, value, stream: null);

    public PdfReference AddStream(PdfDictionary dictionary, byte[] data) => Put(_nextNumber++, dictionary, data);

    /// <summary>A new version of an existing object (generation 0, as Skia writes them).</summary>
    public void Replace(int number, PdfObject value) => Put(number, value, stream: null);

    /// <summary>
    /// The original bytes followed by the update. <paramref name="trailer"/> gets /Size and /Prev;
    /// <paramref name="idFromUpdate"/> receives a hash of the update's objects to make the trailer /ID from.
    /// </summary>
    public byte[] Write(PdfDictionary trailer, Func<byte[], PdfObject> idFromUpdate)
    {
        var body = new PdfOutput();
        body.Write(_original);
        if (_original.Length > 0 && _original[^1] != '\n' && _original[^1] != '\r') body.Write("\n");
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, write) in _objects) offsets[number] = write(body);

        var bytes = body.ToArray();
        var updateHash = SHA256.HashData(bytes.AsSpan(_original.Length));

        var output = new PdfOutput();
        output.Write(bytes);
        var xrefAt = output.Position;
        output.Write("xref\n");
        foreach (var run in ConsecutiveRuns(offsets.Keys))
        {
            output.Write(Invariant($"{run[0]} {run.Count}\n"));
            // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, two-byte EOL.
            foreach (var number in run) output.Write(Invariant($"{offsets[number]:D10} 00000 n \n"));
        }
        trailer.Set("Size", PdfNumber.Of(_nextNumber));
        trailer.Set("Prev", PdfNumber.Of(_xref.StartXref));
        trailer.Set("ID", idFromUpdate(updateHash));
        output.Write("trailer\n").Write(trailer).Write(Invariant($"\nstartxref\n{xrefAt}\n%%EOF\n"));
        return output.ToArray();
    }

    private PdfReference Put(int number, PdfObject value, byte[]? stream)
    {
        _objects[number] = output =>
        {
            var at = output.Position;
            output.Write(Invariant($"{number} 0 obj\n"));
            if (stream is null) output.Write(value);
            else
            {
                ((PdfDictionary)value).Set("Length", PdfNumber.Of(stream.Length));
                output.Write(value).Write("\nstream\n").Write(stream).Write("\nendstream");
            }
            output.Write("\nendobj\n");
            return at;
        };
        return new PdfReference(number, 0);
    }

    private static IEnumerable<List<int>> ConsecutiveRuns(IEnumerable<int> numbers)
    {
        var run = new List<int>();
        foreach (var n in numbers)
        {
            if (run.Count > 0 && n != run[^1] + 1)
            {
                yield return run;
                run = new List<int>();
            }
            run.Add(n);
        }
        if (run.Count > 0) yield return run;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
