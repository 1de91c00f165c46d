using Reporting.RunFormat;

namespace Reporting.Cycle;

/// <summary>The bytes of a rendered output, its page count (PDF) and the font files it embeds.</summary>
public sealed record RenderedOutput(byte[] Bytes, int? Pages, IReadOnlyList<HashedFile> Fonts);

/// <summary>Turns a planned output into bytes: PDFs through the document engine, workbooks through the workbook engine.</summary>
public interface IOutputRenderer
{
    RenderedOutput Render(PlannedOutput output);
}
