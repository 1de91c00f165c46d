using Reporting.RunFormat;

namespace Reporting.Workbooks.Markup;

/// <summary>Where something was written: the template (or hand-written markup) and its 1-based line and column, as editors count.</summary>
public readonly record struct SourceLocation(string SourceName, int Line, int Column)
{
    public Diagnostic Diagnose(string message) => new(SourceName, Line, Column, message);

    public override string ToString() => $"{SourceName}:{Line}:{Column}";
}
