namespace Reporting.RunFormat;

/// <summary>Bad input: the command reports every error and exits 1 without writing output.</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<Diagnostic> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public InputException(Diagnostic error) : this(new[] { error })
    {
    }

    public IReadOnlyList<Diagnostic> Errors { get; }
}
