using Reporting.Documents.Fonts;
using Reporting.Documents.Layout;

namespace Reporting.Documents.Model;

/// <summary>
/// A parsed document: page setup, metadata, page slots and the body element tree. The elements carry
/// layout cursors, so a document is laid out by one writer at a time.
/// </summary>
public sealed class Document
{
    public required string SourceName { get; init; }

    public DocumentMetadata Metadata { get; init; } = new();

    public PageSetup Page { get; init; } = PageSetup.Letter;

    /// <summary>The stripe banner across the top of every page (such as "HYPOTHETICAL SCENARIO").</summary>
    public Banner? Banner { get; init; }

    /// <summary>The mark drawn diagonally under the content of every page (such as "DRAFT"); a document may have both.</summary>
    public Banner? Watermark { get; init; }

    /// <summary>Drawn at the top of the first page instead of the header.</summary>
    public Element? Letterhead { get; init; }

    public Element? Header { get; init; }

    public Element? Footer { get; init; }

    public required Element Body { get; init; }

    /// <summary>The face used for the banner.</summary>
    public FontFamily BannerFamily { get; init; } = FontFamily.Sans;
}
