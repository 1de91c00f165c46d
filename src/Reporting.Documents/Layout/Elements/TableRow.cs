namespace Reporting.Documents.Layout.Elements;

/// <summary>A row of a <see cref="Table"/> and its role.</summary>
public sealed record TableRow(Row Row, TableRowKind Kind);
