namespace Reporting.Workbooks.Markup;

/// <summary>The width of one column (1-based), in Excel's unit: characters of the default font.</summary>
public sealed record ColumnWidth(int Column, double Width);
