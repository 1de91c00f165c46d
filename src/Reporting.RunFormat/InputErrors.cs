namespace Reporting.RunFormat;

/// <summary>
/// Collects every error of a load so the user sees them all at once rather than one per run.
/// </summary>
public sealed class InputErrors
{
    private readonly List<Diagnostic> _errors = new();

    public IReadOnlyList<Diagnostic> All => _errors;

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public void Add(Diagnostic error) => _errors.Add(error);

    public void Add(string file, int line, int column, string? field, string message) =>
        _errors.Add(new Diagnostic(file, line, column, field, message));

    /// <summary>Throws an <see cref="InputException"/> carrying every error collected, if any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new InputException(_errors.ToArray());
    }
}
