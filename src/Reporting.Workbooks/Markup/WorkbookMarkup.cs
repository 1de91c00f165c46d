namespace Reporting.Workbooks.Markup;

/// <summary>
/// A parsed, checked workbook: what <see cref="WorkbookMarkupParser"/> returns and
/// <see cref="Writing.WorkbookWriter"/> writes.
/// </summary>
public sealed record WorkbookMarkup(
    WorkbookProperties Properties,
    IReadOnlyList<SheetMarkup> Sheets,
    IReadOnlyList<DefinedNameMarkup> Names);
