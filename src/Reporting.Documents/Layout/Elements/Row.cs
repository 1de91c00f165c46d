namespace Reporting.Documents.Layout.Elements;

/// <summary>
/// Cells side by side on a grid of column widths; as tall as its tallest cell. When a row is split
/// across pages each cell continues from where it stopped.
/// </summary>
public sealed class Row(IReadOnlyList<ColumnWidth> grid, IReadOnlyList<RowCell> cells) : Element
{
    // Placements depend only on the width, and tables measure each row several times a page.
    private float _placedWidth = float.NaN;
    private List<(RowCell Cell, float X, float Width)>? _placed;

    private readonly Element[] _children = Contents(cells);

    public override IEnumerable<Element> Children => _children;

    public IReadOnlyList<RowCell> Cells => cells;

    public override SpacePlan Measure(Size available)
    {
        var placements = Place(available.Width);
        if (placements is null)
        {
            return SpacePlan.Wrap;
        }
        var height = 0f;
        var anyDrawn = false;
        var partial = false;
        foreach (var (cell, x, width) in placements)
        {
            var plan = cell.Content.Measure(new Size(width, available.Height));
            switch (plan.Kind)
            {
                case SpacePlanKind.Wrap:
                    return SpacePlan.Wrap;
                case SpacePlanKind.PartialRender:
                    partial = true;
                    break;
            }
            anyDrawn |= plan.Draws;
            height = Math.Max(height, plan.Height);
        }
        if (!anyDrawn)
        {
            return SpacePlan.Empty;
        }
        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available)
    {
        foreach (var (cell, x, width) in Place(available.Width) ?? [])
        {
            var size = new Size(width, available.Height);
            if (cell.Content.Measure(size).Draws)
            {
                DrawAt(cell.Content, x, 0, size);
            }
        }
    }

    private static Element[] Contents(IReadOnlyList<RowCell> cells)
    {
        var contents = new Element[cells.Count];
        for (var i = 0; i < contents.Length; i++)
        {
            contents[i] = cells[i].Content;
        }
        return contents;
    }

    /// <summary>Each cell's left edge and width, or null when the grid is wider than the space.</summary>
    internal List<(RowCell Cell, float X, float Width)>? Place(float availableWidth)
    {
        if (availableWidth == _placedWidth)
        {
            return _placed;
        }
        var widths = ColumnWidth.Resolve(grid, availableWidth);
        List<(RowCell, float, float)>? result = null;
        if (widths is not null)
        {
            result = new List<(RowCell, float, float)>(cells.Count);
            foreach (var cell in cells)
            {
                var x = 0f;
                for (var i = 0; i < cell.FirstColumn; i++) x += widths[i];
                var width = 0f;
                for (var i = cell.FirstColumn; i < cell.FirstColumn + cell.Span; i++) width += widths[i];
                result.Add((cell, x, width));
            }
        }
        _placedWidth = availableWidth;
        _placed = result;
        return result;
    }
}
