namespace Reporting.Documents.Diagnostics;

/// <summary>One problem found while rendering a document, located in the file a person should edit.</summary>
/// <param name="File">The template (or markup source) the problem is in.</param>
/// <param name="Line">1-based line, or 0 when the problem has no position.</param>
/// <param name="Column">1-based column, or 0 when the problem has no position.</param>
public sealed record DocumentDiagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form <c>file:line:col: message</c> that editors and terminals link.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
