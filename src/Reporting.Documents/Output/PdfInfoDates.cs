using System.Globalization;
using System.Text;

namespace Reporting.Documents.Output;

/// <summary>
/// Gives the dates in Skia's document information dictionary the UTC offset <c>+00'00'</c>.
/// SkiaSharp turns a <see cref="DateTime"/> into Skia's date with the offset
/// <c>ToLocalTime().Hour - ToUniversalTime().Hour</c>, whatever the date's kind: the machine's time zone
/// (and under America/New_York an invalid <c>+20'00'</c>) would otherwise be written into every PDF.
/// The offset is always seven characters (<c>±HH'MM'</c>), so rewriting it in place keeps every byte
/// offset of the file, and its cross-reference table, valid.
/// </summary>
internal static class PdfInfoDates
{
    private static readonly byte[] Utc = Encoding.ASCII.GetBytes("+00'00'");

    public static void WriteAsUtc(byte[] pdf, DateTime date)
    {
        foreach (var key in new[] { "CreationDate", "ModDate" })
        {
            var text = $"/{key} (D:{date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}";
            var prefix = Encoding.ASCII.GetBytes(text);
            // The information dictionary is written after the pages; a title can never hold the prefix
            // unescaped (its parenthesis would be written as "\(").
            var at = pdf.AsSpan().LastIndexOf(prefix);
            var offset = at + prefix.Length;
            if (at < 0 || offset + Utc.Length > pdf.Length || !IsOffset(pdf.AsSpan(offset, Utc.Length)))
            {
                throw new InvalidOperationException($"The PDF writer did not write '{text}±HH'MM'' as expected.");
            }
            Utc.CopyTo(pdf.AsSpan(offset));
        }
    }

    private static bool IsOffset(ReadOnlySpan<byte> offset) =>
        offset[0] is (byte)'+' or (byte)'-'
        && char.IsAsciiDigit((char)offset[1]) && char.IsAsciiDigit((char)offset[2]) && offset[3] == (byte)'\''
        && char.IsAsciiDigit((char)offset[4]) && char.IsAsciiDigit((char)offset[5]) && offset[6] == (byte)'\'';
}
