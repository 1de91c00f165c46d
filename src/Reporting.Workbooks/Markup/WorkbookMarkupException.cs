namespace Reporting.Workbooks.Markup;

/// <summary>
/// Thrown when markup is not a valid workbook. Carries every error found, not only the first,
/// so a template author can fix them in one pass.
/// </summary>
public sealed class WorkbookMarkupException : Exception
{
    public WorkbookMarkupException(IReadOnlyList<MarkupError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<MarkupError> Errors { get; }

    private static string Describe(IReadOnlyList<MarkupError> errors) =>
        $"Workbook markup has {errors.Count} error(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(error => "  " + error));
}
