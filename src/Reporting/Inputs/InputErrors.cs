namespace Reporting.Inputs;

/// <summary>
/// Collects every error of a load so the user sees them all at once rather than one per run.
/// </summary>
public sealed class InputErrors
{
    private readonly List<InputError> errors = new();

    public IReadOnlyList<InputError> All => errors;

    public bool Any => errors.Count > 0;

    public int Count => errors.Count;

    public void Add(InputError error) => errors.Add(error);

    public void Add(string file, int line, int column, string? field, string message) =>
        errors.Add(new InputError(file, line, column, field, message));

    /// <summary>Throws an <see cref="InputException"/> carrying every error collected, if any.</summary>
    public void ThrowIfAny()
    {
        if (errors.Count > 0) throw new InputException(errors.ToArray());
    }
}
