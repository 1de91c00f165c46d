namespace Reporting.Documents.Layout.Elements;

/// <summary>A child of a <see cref="Row"/> spanning <paramref name="Span"/> grid columns from <paramref name="FirstColumn"/>.</summary>
public sealed record RowCell(Element Content, int FirstColumn, int Span = 1);
