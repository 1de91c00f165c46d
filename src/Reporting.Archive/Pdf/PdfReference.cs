using System.Globalization;

namespace Reporting.Archive.Pdf;

/// <summary>An indirect reference <c>12 0 R</c>.</summary>
internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override void WriteTo(PdfOutput output) =>
        output.Write(string.Create(CultureInfo.InvariantCulture, $"{Number} {Generation} R"));
}
