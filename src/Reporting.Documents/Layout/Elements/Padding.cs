namespace Reporting.Documents.Layout.Elements;

/// <summary>Space around a child, in points.</summary>
public sealed class Padding(Element child, float top, float right, float bottom, float left) : Element
{
    public static Padding Vertical(Element child, float top, float bottom) => new(child, top, 0, bottom, 0);

    private readonly Element[] _children = [child];

    public override IEnumerable<Element> Children => _children;

    internal override Element? PendingChild => child;

    public override SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        if (inner.Width < 0 || inner.Height < 0)
        {
            return SpacePlan.Wrap;
        }
        var plan = child.Measure(inner);
        return plan.Kind switch
        {
            SpacePlanKind.FullRender => SpacePlan.Full(plan.Width + left + right, plan.Height + top + bottom),
            SpacePlanKind.PartialRender => SpacePlan.Partial(plan.Width + left + right, plan.Height + top + bottom),
            _ => plan,
        };
    }

    public override void Draw(Size available) => DrawAt(child, left, top, Inner(available));

    private Size Inner(Size available) => new(available.Width - left - right, available.Height - top - bottom);
}
