using SkiaSharp;

namespace Reporting.Documents.Model;

/// <summary>A notice printed on every page, such as "DRAFT" or "HYPOTHETICAL SCENARIO".</summary>
public sealed record Banner(string Text, BannerStyle Style)
{
    public SKColor Color { get; init; } = new(0xA3, 0x1F, 0x1F);
}
