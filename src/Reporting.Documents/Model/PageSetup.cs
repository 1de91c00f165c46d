using Reporting.Documents.Layout;

namespace Reporting.Documents.Model;

/// <summary>Paper size and margins in points; the header and footer sit inside the margins.</summary>
public sealed record PageSetup(
    float Width,
    float Height,
    float MarginTop,
    float MarginRight,
    float MarginBottom,
    float MarginLeft)
{
    public static readonly PageSetup Letter = new(612, 792, 72, 72, 72, 72);

    /// <summary>Gap between the header and the body, and between the body and the footer.</summary>
    public float SlotSpacing { get; init; } = 12;

    public Size PageSize => new(Width, Height);

    public Size ContentSize => new(Width - MarginLeft - MarginRight, Height - MarginTop - MarginBottom);
}
