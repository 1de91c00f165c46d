namespace Reporting.Workbooks.Markup;

/// <summary>
/// A workbook-wide name for a cell or range, so formulas can read <c>MAX(0, Exposure + Buffer)</c>.
/// </summary>
public sealed record DefinedNameMarkup(string Name, string SheetName, CellRange Range, SourceLocation Location)
{
    /// <summary>
    /// The reference as stored in the file. Always absolute: a relative reference in a defined name
    /// moves with the cell that uses it, which is never what a template author means.
    /// </summary>
    public string ToFormulaText() => $"'{SheetName.Replace("'", "''", StringComparison.Ordinal)}'!{Range.ToAbsolute()}";
}
