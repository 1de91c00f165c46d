using Reporting.RunFormat;

namespace Reporting.Templating;

/// <summary>A template could not be rendered. Carries every problem found, each located in its template.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException("A template error needs at least one diagnostic.", nameof(diagnostics));
        }
        Diagnostics = diagnostics;
    }

    public TemplateException(Diagnostic diagnostic) : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
