namespace Reporting.Documents.Layout;

/// <summary>Where the document loop sends pages: a PDF, a PNG of one page, or nowhere (first pass).</summary>
internal interface IPageSink
{
    /// <summary>One canvas for every page; the sink points it at each page as it begins.</summary>
    IDrawingCanvas Canvas { get; }

    void BeginPage(int pageNumber, Size pageSize);

    /// <summary>Returns false when the sink needs no further pages.</summary>
    bool EndPage();
}
