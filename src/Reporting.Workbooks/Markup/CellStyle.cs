namespace Reporting.Workbooks.Markup;

/// <summary>The look of a cell: its number format and its emphasis.</summary>
public sealed record CellStyle(NumberFormat Format, CellEmphasis Emphasis)
{
    public static readonly CellStyle Default = new(NumberFormat.General, CellEmphasis.Normal);
}
