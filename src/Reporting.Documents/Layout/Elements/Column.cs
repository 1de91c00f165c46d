namespace Reporting.Documents.Layout.Elements;

/// <summary>Children stacked top to bottom with <paramref name="spacing"/> between them; splits between or inside children.</summary>
public sealed class Column(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    private int _cursor;

    // Measure and the Draw that follows ask for the same plan; keep the last one until the cursor moves.
    private (Size Available, int Cursor, List<(int Index, SpacePlan Plan, float Y)> Placed)? _lastPlan;

    public override IEnumerable<Element> Children => children;

    internal override Element? PendingChild => _cursor < children.Count ? children[_cursor] : null;

    public override SpacePlan Measure(Size available)
    {
        var plan = Plan(available);
        var lastDrawn = plan.FindLastIndex(p => p.Plan.Draws);
        if (lastDrawn < 0)
        {
            return plan.Count == children.Count - _cursor ? SpacePlan.Empty : SpacePlan.Wrap;
        }
        var last = plan[lastDrawn];
        var height = last.Y + last.Plan.Height;
        var complete = plan.Count == children.Count - _cursor && plan[^1].Plan.Kind != SpacePlanKind.PartialRender;
        return complete ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(Size available)
    {
        var placed = Plan(available);
        _lastPlan = null;
        foreach (var (index, plan, y) in placed)
        {
            if (plan.Draws)
            {
                DrawAt(children[index], 0, y, available with { Height = available.Height - y });
            }
            if (plan.Kind != SpacePlanKind.PartialRender)
            {
                _cursor = index + 1;
            }
        }
    }

    public override void ResetState()
    {
        _cursor = 0;
        _lastPlan = null;
        base.ResetState();
    }

    /// <summary>Which children go on this page, where, and how: shared by Measure and Draw so they agree.</summary>
    private List<(int Index, SpacePlan Plan, float Y)> Plan(Size available)
    {
        if (_lastPlan is { } last && last.Available == available && last.Cursor == _cursor)
        {
            return last.Placed;
        }
        var placed = ComputePlan(available);
        _lastPlan = (available, _cursor, placed);
        return placed;
    }

    private List<(int Index, SpacePlan Plan, float Y)> ComputePlan(Size available)
    {
        var placed = new List<(int Index, SpacePlan Plan, float Y)>();
        var y = 0f;
        for (var i = _cursor; i < children.Count; i++)
        {
            var plan = children[i].Measure(available with { Height = Math.Max(0, available.Height - y) });
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                break;
            }
            placed.Add((i, plan, y));
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                break;
            }
            if (plan.Kind == SpacePlanKind.FullRender)
            {
                y += plan.Height + spacing;
            }
        }
        var finished = placed.Count == children.Count - _cursor && (placed.Count == 0 || placed[^1].Plan.Kind != SpacePlanKind.PartialRender);
        if (!finished)
        {
            // A heading must not end a page: give back trailing keep-with-next children, unless that empties the page.
            var keep = placed.Count;
            while (keep > 0 && placed[keep - 1].Plan.Kind == SpacePlanKind.FullRender && children[placed[keep - 1].Index].KeepWithNext)
            {
                keep--;
            }
            if (keep < placed.Count && placed.Take(keep).Any(p => p.Plan.Draws))
            {
                placed.RemoveRange(keep, placed.Count - keep);
            }
        }
        return placed;
    }
}
