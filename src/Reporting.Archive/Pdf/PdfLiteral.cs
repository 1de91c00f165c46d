namespace Reporting.Archive.Pdf;

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class PdfLiteral(string keyword) : PdfObject
{
    public string Keyword { get; } = keyword;

    public override void WriteTo(PdfOutput output) => output.Write(Keyword);
}
