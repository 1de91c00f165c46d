using System.Globalization;
using Reporting.Templating;
using Reporting.Workbooks.Markup;
using Scriban.Runtime;

namespace Reporting.Workbooks.Templates;

/// <summary>
/// The <c>wb</c> object templates call to write values the way workbook markup reads them:
/// invariant culture, ISO dates, A1 references.
/// </summary>
internal sealed class WorkbookTemplateFunctions : ScriptObject
{
    public WorkbookTemplateFunctions()
    {
        this.Import(typeof(WorkbookTemplateFunctions), renamer: StandardMemberRenamer.Default);
    }

    /// <summary><c>wb.number amount</c>: a number as markup reads it, e.g. <c>1234.5</c>; decimals keep their digits.</summary>
    public static string Number(object value) => value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int or long or short or byte or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"wb.number expects a number, not '{value}'"),
    };

    /// <summary><c>wb.date d</c>: an ISO date (yyyy-MM-dd) from a DateOnly, DateTime or any date type that formats with a pattern (e.g. NodaTime's LocalDate).</summary>
    public static string Date(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => text,
        IFormattable formattable and not (decimal or double or float or int or long) => formattable.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"wb.date expects a date, not '{value}'"),
    };

    /// <summary><c>wb.bool flag</c>: <c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary><c>wb.col 3</c>: the letters of a 1-based column, <c>C</c>.</summary>
    public static string Col(int column) => CellAddress.ColumnName(column);

    /// <summary><c>wb.ref 3 12</c>: the A1 reference of a 1-based column and row, <c>C12</c>.</summary>
    public static string Ref(int column, int row) => new CellAddress(column, row).ToString();

    /// <summary><c>wb.raw text</c>: writes text without XML escaping, for markup built elsewhere.</summary>
    public static object Raw(string markup) => new RawMarkup(markup);
}
