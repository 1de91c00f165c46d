using Reporting.RunFormat;

namespace Reporting.Documents.Diagnostics;

/// <summary>Where an element came from: the template (or markup) file, line and column, 1-based.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public Diagnostic Diagnose(string message) => new(File, Line, Column, message);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
