namespace Reporting.Workbooks.Markup;

/// <summary>The values of a cell's <c>type</c> attribute.</summary>
internal static class CellTypeName
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Integer = "integer";
    public const string Date = "date";
    public const string Percent = "percent";
    public const string Boolean = "boolean";
    public const string Formula = "formula";
    public const string Empty = "empty";

    public static readonly string[] All = [Text, Number, Integer, Date, Percent, Boolean, Formula, Empty];
}
