namespace Reporting.Documents.Layout.Elements;

/// <summary>Labels in a fixed-width left column, values beside them: "Account number   1234-5678".</summary>
public sealed class KeyValueBlock(IReadOnlyList<(Element Key, Element Value)> items, float keyWidth, float spacing = 2)
    : Composite(Build(items, keyWidth, spacing))
{
    private static Element Build(IReadOnlyList<(Element Key, Element Value)> items, float keyWidth, float spacing)
    {
        ColumnWidth[] grid = [ColumnWidth.Points(keyWidth), ColumnWidth.Share()];
        var rows = items
            .Select(item => (Element)new Row(grid, [new RowCell(new Padding(item.Key, 0, 8, 0, 0), 0), new RowCell(item.Value, 1)]))
            .ToList();
        return new Column(rows, spacing);
    }
}
