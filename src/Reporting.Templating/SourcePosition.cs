namespace Reporting.Templating;

/// <summary>A place in a file a person edits (a template, or hand-written markup): 1-based line and column.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
