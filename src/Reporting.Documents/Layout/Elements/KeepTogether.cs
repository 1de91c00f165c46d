namespace Reporting.Documents.Layout.Elements;

/// <summary>Never split: if the child would only partly fit, it moves whole to the next page.</summary>
public sealed class KeepTogether(Element child) : Element
{
    private readonly Element[] _children = [child];

    public override IEnumerable<Element> Children => _children;


    public override SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        return plan.Kind == SpacePlanKind.PartialRender ? SpacePlan.Wrap : plan;
    }

    public override void Draw(Size available) => child.Draw(available);
}
