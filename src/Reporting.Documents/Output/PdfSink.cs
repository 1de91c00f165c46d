using Reporting.Documents.Layout;
using SkiaSharp;

namespace Reporting.Documents.Output;

/// <summary>Second pass: each page becomes a page of the Skia PDF document.</summary>
internal sealed class PdfSink(SKDocument pdf, SkiaCanvas canvas) : IPageSink
{
    public IDrawingCanvas Canvas => canvas;

    public void BeginPage(int pageNumber, Size pageSize) => canvas.Target = pdf.BeginPage(pageSize.Width, pageSize.Height);

    public bool EndPage()
    {
        canvas.Target = null;
        pdf.EndPage();
        return true;
    }
}
