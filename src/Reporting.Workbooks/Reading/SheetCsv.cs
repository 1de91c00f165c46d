namespace Reporting.Workbooks.Reading;

/// <summary>One sheet of a workbook as CSV text (see <see cref="WorkbookSnapshot"/>).</summary>
public sealed record SheetCsv(string SheetName, string Csv);
