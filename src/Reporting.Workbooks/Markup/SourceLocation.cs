namespace Reporting.Workbooks.Markup;

/// <summary>Where something was written: the template (or hand-written markup) and its 1-based line and column, as editors count.</summary>
public readonly record struct SourceLocation(string SourceName, int Line, int Column)
{
    /// <summary>The compiler-style <c>file:line:col</c> that editors and terminals link.</summary>
    public override string ToString() => $"{SourceName}:{Line}:{Column}";
}
