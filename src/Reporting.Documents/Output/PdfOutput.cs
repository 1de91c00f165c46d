using Reporting.Documents.Fonts;

namespace Reporting.Documents.Output;

/// <summary>A written PDF: its bytes, page count, and the font files embedded (as subsets) in it.</summary>
public sealed record PdfOutput(byte[] Bytes, int PageCount, IReadOnlyList<FontFile> Fonts);
