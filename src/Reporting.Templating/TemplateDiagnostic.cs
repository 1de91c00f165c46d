namespace Reporting.Templating;

/// <summary>One problem in a template (it does not parse, names something unknown, includes a file it may not).</summary>
/// <param name="File">The template's full path, or the name asked for when it has none.</param>
/// <param name="Line">1-based line, or 0 when the problem has no position.</param>
/// <param name="Column">1-based column, or 0 when the problem has no position.</param>
public sealed record TemplateDiagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form <c>file:line:col: message</c> that editors and terminals link.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
