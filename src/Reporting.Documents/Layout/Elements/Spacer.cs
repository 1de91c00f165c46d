namespace Reporting.Documents.Layout.Elements;

/// <summary>Vertical space. At the foot of a page it shrinks to what is left rather than push to the next page.</summary>
public sealed class Spacer(float height) : Element
{
    public override SpacePlan Measure(Size available) =>
        SpacePlan.Full(available.Width, Math.Max(0, Math.Min(height, available.Height)));

    public override void Draw(Size available)
    {
    }
}
