namespace Reporting.Workbooks.Markup;

/// <summary>
/// Document properties written into the file. <see cref="Created"/> comes from the markup, never
/// from the clock, so the same markup always gives the same bytes.
/// </summary>
public sealed record WorkbookProperties(string? Title, string? Author, DateOnly? Created);
