using Reporting.RunFormat;

namespace Reporting.Documents.Diagnostics;

/// <summary>
/// Rendering failed. Carries every problem found (a template or markup can have several), each with
/// file, line and column, so a caller can print them all rather than fix them one run at a time.
/// </summary>
public sealed class DocumentError : Exception
{
    public DocumentError(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException("A document error needs at least one diagnostic.", nameof(diagnostics));
        }
        Diagnostics = diagnostics;
    }

    public DocumentError(Diagnostic diagnostic) : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The first problem: the one to show when there is room for only one.</summary>
    public Diagnostic First => Diagnostics[0];
}
