namespace Reporting.Documents.Layout;

/// <summary>
/// What the document loop knows about the page being laid out. Mutable on purpose: one instance is
/// shared by every element of a document and updated page by page.
/// </summary>
public sealed class PageContext
{
    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; set; } = 1;

    /// <summary>Pages in the document; known in the second pass, 0 in the first.</summary>
    public int PageCount { get; set; }

    /// <summary>Height available to the body on an empty page: what "taller than a page" means.</summary>
    public float BodyHeight { get; set; } = float.PositiveInfinity;
}
