namespace Reporting.RunFormat;

/// <summary>
/// One problem, located precisely enough for a person to open the file and fix it. Bad input, a
/// template that does not render and workbook markup that is not a workbook are all reported as
/// this, in one compiler-style form that editors and terminals link:
/// <c>ratings.csv:14:4: rating: 'A11' is not a Moody's long-term rating</c>.
/// </summary>
/// <param name="File">The file name as the user knows it (relative to the deal or templates folder).</param>
/// <param name="Line">1-based line, or 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based column, or 0 when not known.</param>
/// <param name="Field">The CSV column, YAML key or other named part concerned, if any.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record Diagnostic(string File, int Line, int Column, string? Field, string Message)
{
    /// <summary>A problem with no named field, such as one in a template or in markup.</summary>
    public Diagnostic(string file, int line, int column, string message) : this(file, line, column, null, message)
    {
    }

    /// <summary><c>file:line:column: field: message</c>; an unknown column, line or field is left out.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return Field is null ? $"{location}: {Message}" : $"{location}: {Field}: {Message}";
    }
}
