namespace Reporting.Workbooks.Templates;

/// <summary>A workbook template that does not parse or fails while rendering; the message names template, line and column.</summary>
public sealed class WorkbookTemplateException(string message, Exception? inner = null) : Exception(message, inner);
