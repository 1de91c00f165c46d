using SkiaSharp;

namespace Reporting.Documents.Layout.Elements;

/// <summary>A horizontal line across the available width.</summary>
public sealed class Rule(float thickness, SKColor color) : Element
{
    public override SpacePlan Measure(Size available) =>
        thickness <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, thickness) : SpacePlan.Wrap;

    public override void Draw(Size available) =>
        Canvas.DrawLine(0, thickness / 2, available.Width, thickness / 2, thickness, color);
}
