namespace Reporting.Workbooks.Markup;

/// <summary>
/// The typed content of a cell. For a formula cell it is the cached result the template supplied,
/// shown by viewers that do not recalculate; <see cref="Empty"/> when none was given.
/// </summary>
/// <remarks>
/// Numbers are <see cref="decimal"/> end to end so that the text written into the file is exactly
/// the text of the markup: no binary floating point ever sees a money amount.
/// </remarks>
public abstract record CellValue
{
    private CellValue()
    {
    }

    public static readonly CellValue Empty = new EmptyValue();

    /// <summary>No content; the cell may still carry a style or a formula.</summary>
    public sealed record EmptyValue : CellValue;

    public sealed record Text(string Value) : CellValue;

    /// <summary>A decimal number such as an amount or a rate.</summary>
    public sealed record Number(decimal Value) : CellValue;

    /// <summary>A whole number; formatted with thousands separators by default.</summary>
    public sealed record Integer(long Value) : CellValue;

    /// <summary>A calendar date, stored in the file as an Excel serial day number with a date format.</summary>
    public sealed record Date(DateOnly Value) : CellValue;

    /// <summary>A fraction shown as a percentage: 0.0786 is shown as 7.86%.</summary>
    public sealed record Percent(decimal Value) : CellValue;

    public sealed record Boolean(bool Value) : CellValue;
}
