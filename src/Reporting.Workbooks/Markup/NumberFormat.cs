namespace Reporting.Workbooks.Markup;

/// <summary>
/// A named Excel number format, e.g. <c>money</c> = <c>#,##0.00</c>. Cells name formats; the
/// workbook's <c>&lt;styles&gt;</c> may add formats or redefine the standard ones.
/// </summary>
public sealed record NumberFormat(string Name, string Code)
{
    public static readonly NumberFormat General = new("general", "General");
    public static readonly NumberFormat Text = new("text", "@");
    public static readonly NumberFormat Money = new("money", "#,##0.00");
    public static readonly NumberFormat Integer = new("integer", "#,##0");
    public static readonly NumberFormat Percent = new("percent", "0.00000%");
    public static readonly NumberFormat Date = new("date", "yyyy-mm-dd");

    /// <summary>The formats every workbook knows without declaring them.</summary>
    public static IReadOnlyList<NumberFormat> Standard { get; } = [General, Text, Money, Integer, Percent, Date];
}
