namespace Reporting.Workbooks.Markup;

/// <summary>
/// An Excel table (ListObject) over a block of cells, with a filter button on each header cell.
/// <see cref="ColumnNames"/> are the header texts, or Column1.. when the table has no header row.
/// </summary>
public sealed record TableMarkup(
    string Name,
    CellRange Range,
    bool HasHeaderRow,
    IReadOnlyList<string> ColumnNames,
    SourceLocation Location);
