namespace Reporting.Documents.Layout.Elements;

/// <summary>
/// Rows on a grid of column widths. Header rows are repeated at the top of every page the table
/// spans; a body row is kept whole and moved to the next page unless it is taller than a page,
/// in which case it is split; the header is never left alone at the foot of a page.
/// </summary>
public sealed class Table(IReadOnlyList<ColumnWidth> columns, IReadOnlyList<TableRow> rows, TableStyle style) : Element
{
    private readonly IReadOnlyList<Row> _headers = rows.Where(r => r.Kind == TableRowKind.Header).Select(r => r.Row).ToList();
    private readonly IReadOnlyList<TableRow> _body = rows.Where(r => r.Kind != TableRowKind.Header).ToList();
    private int _next;

    // Measure and the Draw that follows ask for the same plan; keep the last one until rows are drawn.
    private (Size Available, int Next, TablePlan? Plan)? _lastPlan;

    private readonly Element[] _children = rows.Select(r => r.Row).ToArray();

    public override IEnumerable<Element> Children => _children;

    public IReadOnlyList<ColumnWidth> Columns => columns;

    internal override Element? PendingChild => _next < _body.Count ? _body[_next].Row : null;

    public override SpacePlan Measure(Size available)
    {
        if (_next >= _body.Count)
        {
            return SpacePlan.Empty;
        }
        var plan = Plan(available);
        if (plan is null)
        {
            return SpacePlan.Wrap;
        }
        var last = plan.Placements[^1];
        var height = last.Y + last.Plan.Height;
        return plan.Finished ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(Size available)
    {
        var planned = _next < _body.Count ? Plan(available) : null;
        _lastPlan = null;
        if (planned is not { } plan)
        {
            return;
        }
        var width = available.Width;
        foreach (var (row, kind, bodyIndex, rowPlan, y) in plan.Placements)
        {
            if (kind == TableRowKind.Header && style.Ruled)
            {
                Canvas.FillRectangle(0, y, width, rowPlan.Height, style.HeaderFill);
            }
            else if (kind == TableRowKind.Body && style.Striped && bodyIndex % 2 == 1)
            {
                Canvas.FillRectangle(0, y, width, rowPlan.Height, style.StripeFill);
            }
            DrawAt(row, 0, y, available with { Height = available.Height - y });
            if (style.Ruled)
            {
                DrawRules(kind, bodyIndex, rowPlan, y, width);
            }
            if (kind == TableRowKind.Header)
            {
                row.ResetState();
            }
            else if (rowPlan.Kind == SpacePlanKind.FullRender)
            {
                _next = bodyIndex + 1;
            }
        }
    }

    public override void ResetState()
    {
        _next = 0;
        _lastPlan = null;
        base.ResetState();
    }

    private void DrawRules(TableRowKind kind, int bodyIndex, SpacePlan rowPlan, float y, float width)
    {
        var bottom = y + rowPlan.Height;
        switch (kind)
        {
            case TableRowKind.Header:
                Canvas.DrawLine(0, bottom, width, bottom, style.StrongThickness, style.StrongRule);
                break;
            case TableRowKind.Total:
                Canvas.DrawLine(0, y, width, y, style.StrongThickness, style.StrongRule);
                break;
        }
        var isLast = bodyIndex == _body.Count - 1 && rowPlan.Kind == SpacePlanKind.FullRender;
        if (kind == TableRowKind.Header)
        {
            return;
        }
        if (isLast)
        {
            Canvas.DrawLine(0, bottom, width, bottom, style.StrongThickness, style.StrongRule);
        }
        else if (kind == TableRowKind.Body && _body[bodyIndex + 1].Kind == TableRowKind.Body)
        {
            Canvas.DrawLine(0, bottom, width, bottom, style.LightThickness, style.LightRule);
        }
    }

    /// <summary>The rows on this page and where: shared by Measure and Draw. Null when nothing useful fits.</summary>
    private TablePlan? Plan(Size available)
    {
        if (_lastPlan is { } last && last.Available == available && last.Next == _next)
        {
            return last.Plan;
        }
        var plan = ComputePlan(available);
        _lastPlan = (available, _next, plan);
        return plan;
    }

    private TablePlan? ComputePlan(Size available)
    {
        var placements = new List<Placement>();
        var y = 0f;
        foreach (var header in _headers)
        {
            var plan = header.Measure(available with { Height = available.Height - y });
            if (plan.Kind != SpacePlanKind.FullRender)
            {
                return null;
            }
            placements.Add(new Placement(header, TableRowKind.Header, -1, plan, y));
            y += plan.Height;
        }
        var headerHeight = y;
        var bodyRows = 0;
        for (var i = _next; i < _body.Count; i++)
        {
            var row = _body[i];
            var plan = row.Row.Measure(available with { Height = Math.Max(0, available.Height - y) });
            if (plan.Kind == SpacePlanKind.FullRender)
            {
                placements.Add(new Placement(row.Row, row.Kind, i, plan, y));
                y += plan.Height;
                bodyRows++;
                continue;
            }
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }
            // Rows are kept whole; only one taller than a whole page may start here and continue overleaf.
            if (bodyRows == 0 && plan.Kind == SpacePlanKind.PartialRender && TallerThanPage(row.Row, available.Width, headerHeight))
            {
                placements.Add(new Placement(row.Row, row.Kind, i, plan, y));
                return new TablePlan(placements, Finished: false);
            }
            return bodyRows == 0 ? null : new TablePlan(placements, Finished: false);
        }
        return bodyRows == 0 ? null : new TablePlan(placements, Finished: true);
    }

    private bool TallerThanPage(Row row, float width, float headerHeight) =>
        row.Measure(new Size(width, float.PositiveInfinity)).Height > Page.BodyHeight - headerHeight + Size.Epsilon;

    private readonly record struct Placement(Row Row, TableRowKind Kind, int BodyIndex, SpacePlan Plan, float Y);

    private sealed record TablePlan(List<Placement> Placements, bool Finished);
}
