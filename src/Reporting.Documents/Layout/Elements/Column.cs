namespace Reporting.Documents.Layout.Elements;

/// <summary>Children stacked top to bottom with <paramref name="spacing"/> between them; splits between or inside children.</summary>
public sealed class Column(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    private int _cursor;

    // Measure and the Draw that follows ask for the same plan; keep the last one until the cursor moves.
    private (Size Available, int Cursor, List<Placement> Placed)? _lastPlan;

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
        foreach (var (index, plan, y, height) in placed)
        {
            if (plan.Draws)
            {
                DrawAt(children[index], 0, y, available with { Height = height });
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
    private List<Placement> Plan(Size available)
    {
        if (_lastPlan is { } last && last.Available == available && last.Cursor == _cursor)
        {
            return last.Placed;
        }
        var placed = ComputePlan(available);
        _lastPlan = (available, _cursor, placed);
        return placed;
    }

    private List<Placement> ComputePlan(Size available)
    {
        var placed = new List<Placement>();
        var y = 0f;
        for (var i = _cursor; i < children.Count; i++)
        {
            var height = Math.Max(0, available.Height - y);
            var plan = children[i].Measure(available with { Height = height });
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                break;
            }
            placed.Add(new Placement(i, plan, y, height));
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
            CarryOverToKeepWithPrevious(placed, available);
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

    /// <summary>
    /// The child that did not fit wants company (a signature block): the child before it ends on the
    /// next page too. Its last part moves (a paragraph's last lines, a table's last rows), or the whole
    /// of it when it cannot split, unless that would empty the page.
    /// </summary>
    private void CarryOverToKeepWithPrevious(List<Placement> placed, Size available)
    {
        if (placed.Count == 0 || placed[^1].Plan.Kind != SpacePlanKind.FullRender)
        {
            return;
        }
        var previous = placed[^1];
        var next = previous.Index + 1;
        if (next >= children.Count || !children[next].KeepWithPrevious)
        {
            return;
        }
        // Offered a little less than it took, the child shows how it splits (or that it cannot).
        var shorter = available with { Height = Math.Max(0, previous.Plan.Height - 1) };
        var plan = children[previous.Index].Measure(shorter);
        if (plan.Kind == SpacePlanKind.PartialRender)
        {
            placed[^1] = previous with { Plan = plan, Height = shorter.Height };
        }
        else if (placed.Take(placed.Count - 1).Any(p => p.Plan.Draws))
        {
            placed.RemoveAt(placed.Count - 1);
        }
    }

    /// <summary>A child on this page: its plan, where it starts, and the height it was offered (and is drawn in).</summary>
    private readonly record struct Placement(int Index, SpacePlan Plan, float Y, float Height);
}
