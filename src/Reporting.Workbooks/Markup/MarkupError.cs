namespace Reporting.Workbooks.Markup;

/// <summary>One problem found in workbook markup, with the place it was written.</summary>
public sealed record MarkupError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
