namespace Reporting.Documents.Layout;

/// <summary>A column's width: fixed points, or a share (<c>2*</c>) of what the fixed columns leave.</summary>
public readonly record struct ColumnWidth(float Value, bool IsRelative)
{
    public static ColumnWidth Points(float points) => new(points, false);

    public static ColumnWidth Share(float weight = 1) => new(weight, true);

    /// <summary>Widths in points for <paramref name="available"/>, or null when the fixed widths alone do not fit.</summary>
    public static float[]? Resolve(IReadOnlyList<ColumnWidth> columns, float available)
    {
        var fixedTotal = columns.Where(c => !c.IsRelative).Sum(c => c.Value);
        if (fixedTotal > available + Size.Epsilon)
        {
            return null;
        }
        var weights = columns.Where(c => c.IsRelative).Sum(c => c.Value);
        var perWeight = weights > 0 ? (available - fixedTotal) / weights : 0;
        return columns.Select(c => c.IsRelative ? c.Value * perWeight : c.Value).ToArray();
    }
}
