namespace Reporting.Documents.Layout.Elements;

/// <summary>Ends the page: reports a zero-height partial render once, then nothing.</summary>
public sealed class PageBreak : Element
{
    private bool _done;

    public override SpacePlan Measure(Size available) =>
        _done ? SpacePlan.Empty : SpacePlan.Partial(available.Width, 0);

    public override void Draw(Size available) => _done = true;

    public override void ResetState() => _done = false;
}
