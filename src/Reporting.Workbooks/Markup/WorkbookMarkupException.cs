using Reporting.RunFormat;

namespace Reporting.Workbooks.Markup;

/// <summary>
/// Thrown when markup is not a valid workbook. Carries every error found, not only the first,
/// so a template author can fix them in one pass.
/// </summary>
public sealed class WorkbookMarkupException : Exception
{
    public WorkbookMarkupException(IReadOnlyList<Diagnostic> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<Diagnostic> Errors { get; }

    private static string Describe(IReadOnlyList<Diagnostic> errors) =>
        $"Workbook markup has {errors.Count} error(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(error => "  " + error));
}
