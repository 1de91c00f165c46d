namespace Reporting.RunFormat;

/// <summary>
/// Collects every error of a load so the user sees them all at once rather than one per run.
/// </summary>
public sealed class InputErrors
{
    private readonly List<Diagnostic> errors = new();

    public IReadOnlyList<Diagnostic> All => errors;

    public bool Any => errors.Count > 0;

    public int Count => errors.Count;

    public void Add(Diagnostic error) => errors.Add(error);

    public void Add(string file, int line, int column, string? field, string message) =>
        errors.Add(new Diagnostic(file, line, column, field, message));

    /// <summary>Throws an <see cref="InputException"/> carrying every error collected, if any.</summary>
    public void ThrowIfAny()
    {
        if (errors.Count > 0) throw new InputException(errors.ToArray());
    }
}
