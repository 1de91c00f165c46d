namespace Reporting.Inputs;

/// <summary>Bad input: the command reports every error and exits 1 without writing output.</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<InputError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public InputException(InputError error) : this(new[] { error })
    {
    }

    public IReadOnlyList<InputError> Errors { get; }
}
