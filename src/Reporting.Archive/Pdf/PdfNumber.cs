using System.Globalization;

namespace Reporting.Archive.Pdf;

/// <summary>A number kept as its token, so a value read from the original file is written back unchanged.</summary>
internal sealed class PdfNumber(string token) : PdfObject
{
    public string Token { get; } = token;

    public static PdfNumber Of(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public long AsLong() => long.Parse(Token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public override void WriteTo(PdfOutput output) => output.Write(Token);
}
