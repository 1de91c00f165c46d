namespace Reporting.Documents.Layout.Elements;

/// <summary>An element defined as an arrangement of simpler ones (a key-value block, a signature block).</summary>
public abstract class Composite(Element content) : Element
{
    private readonly Element[] _children = [content];

    public override IEnumerable<Element> Children => _children;

    internal override Element? PendingChild => content;

    public override SpacePlan Measure(Size available) => content.Measure(available);

    public override void Draw(Size available) => content.Draw(available);
}
