using Reporting.Documents.Layout;

namespace Reporting.Documents.Tests.Support;

/// <summary>
/// A stand-in element made of <paramref name="lines"/> lines of <paramref name="lineHeight"/> points.
/// It splits between lines (unless <paramref name="splittable"/> is false) and records every call.
/// </summary>
internal sealed class FakeElement(string name, int lines, float lineHeight = 10, bool splittable = true) : Element
{
    private int _drawn;

    public List<Size> MeasureCalls { get; } = [];

    public List<(int Page, int FirstLine, int Lines)> Draws { get; } = [];

    public override SpacePlan Measure(Size available)
    {
        MeasureCalls.Add(available);
        var remaining = lines - _drawn;
        if (remaining == 0)
        {
            return SpacePlan.Empty;
        }
        var fit = Math.Min(remaining, (int)Math.Floor((available.Height + Size.Epsilon) / lineHeight));
        if (fit == remaining)
        {
            return SpacePlan.Full(available.Width, fit * lineHeight);
        }
        return fit == 0 || !splittable ? SpacePlan.Wrap : SpacePlan.Partial(available.Width, fit * lineHeight);
    }

    public override void Draw(Size available)
    {
        var plan = Measure(available);
        var count = (int)Math.Round(plan.Height / lineHeight);
        Draws.Add((Page.PageNumber, _drawn, count));
        Canvas.DrawText(name, 0, 0, Text.TextStyle.Default);
        _drawn += count;
    }

    public override void ResetState() => _drawn = 0;
}
