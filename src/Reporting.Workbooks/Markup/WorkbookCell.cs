namespace Reporting.Workbooks.Markup;

/// <summary>
/// One cell of a sheet. <see cref="Formula"/> is written without the leading <c>=</c>; when present,
/// <see cref="Value"/> is the cached result (or <see cref="CellValue.Empty"/>).
/// </summary>
public sealed record WorkbookCell(
    CellAddress Address,
    CellValue Value,
    string? Formula,
    CellStyle Style,
    SourceLocation Location);
