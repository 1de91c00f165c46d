namespace Reporting.Archive.Pdf;

internal sealed class PdfArray(IEnumerable<PdfObject> items) : PdfObject
{
    public IReadOnlyList<PdfObject> Items { get; } = items.ToArray();

    public override void WriteTo(PdfOutput output)
    {
        output.Write("[");
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0) output.Write(" ");
            Items[i].WriteTo(output);
        }
        output.Write("]");
    }
}
