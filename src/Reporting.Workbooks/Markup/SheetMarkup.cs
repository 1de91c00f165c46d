namespace Reporting.Workbooks.Markup;

/// <summary>
/// One worksheet. <see cref="Cells"/> are in row-major order (the order a worksheet file needs).
/// </summary>
public sealed record SheetMarkup(
    string Name,
    int FreezeRows,
    int FreezeColumns,
    IReadOnlyList<ColumnWidth> Columns,
    IReadOnlyList<WorkbookCell> Cells,
    IReadOnlyList<TableMarkup> Tables,
    SourceLocation Location);
