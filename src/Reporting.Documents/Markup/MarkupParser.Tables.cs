using System.Globalization;
using System.Xml.Linq;
using Reporting.Documents.Diagnostics;
using Reporting.Documents.Layout;
using Reporting.Documents.Layout.Elements;
using Reporting.Documents.Text;

namespace Reporting.Documents.Markup;

public sealed partial class MarkupParser
{
    /// <summary>
    /// <c>&lt;table&gt;</c>: a <c>&lt;columns&gt;</c> grid then <c>&lt;row&gt;</c>s of <c>&lt;cell&gt;</c>s.
    /// Header rows repeat on every page; total rows are bold with a rule above.
    /// </summary>
    private Element TableBlock(XElement element, BlockContext context, SourceLocation source)
    {
        CheckAttributes(element, "style", "striped", "size", "font", "space-before", "space-after");
        var style = StyleFor(element, context.Style with { Size = context.Style.Size * 0.9f });
        var tableStyle = EnumAttribute(element, "style", TableStyle.Lines, ("lines", TableStyle.Lines), ("plain", TableStyle.Plain));
        if (EnumAttribute(element, "striped", false, ("true", true), ("false", false)))
        {
            tableStyle = tableStyle with { Striped = true };
        }
        var plain = !tableStyle.Ruled;

        var columns = new List<(ColumnWidth Width, TextAlignment Align)>();
        // Every row shares the table's grid rather than copying it (rebuilt only if columns come late, an error).
        List<ColumnWidth>? grid = null;
        var rows = new List<TableRow>();
        foreach (var child in ChildNodes(element))
        {
            if (child is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                Error(text, "text in <table> must be inside a <cell>");
            }
            if (child is not XElement part)
            {
                continue;
            }
            switch (part.Name.LocalName)
            {
                case "columns":
                    CheckAttributes(part);
                    if (rows.Count > 0)
                    {
                        Error(part, "<columns> must come before the rows");
                    }
                    foreach (var column in ChildElements(part))
                    {
                        if (column.Name.LocalName != "column")
                        {
                            Unknown(column, "<columns>");
                            continue;
                        }
                        CheckAttributes(column, "width", "align");
                        NoContent(column);
                        columns.Add((WidthAttribute(column), AlignAttribute(column) ?? TextAlignment.Left));
                    }
                    break;
                case "row":
                    if (columns.Count == 0)
                    {
                        Error(part, "a <table> needs <columns> before its first <row>");
                        return new Column([]) { Source = source };
                    }
                    if (grid is null || grid.Count != columns.Count)
                    {
                        grid = columns.Select(c => c.Width).ToList();
                    }
                    rows.Add(TableRowElement(part, context with { Style = style }, columns, grid, plain));
                    break;
                default:
                    Unknown(part, "<table>");
                    break;
            }
        }
        if (!rows.Any(r => r.Kind != TableRowKind.Header))
        {
            Error(element, "a <table> needs at least one row that is not a header row");
            return new Column([]) { Source = source };
        }
        var table = new Table(columns.Select(c => c.Width).ToList(), rows, tableStyle) { Source = source };
        return Spaced(element, table, style.Size * 0.4f, style.Size * 1.2f, source);
    }

    private TableRow TableRowElement(XElement row, BlockContext context, List<(ColumnWidth Width, TextAlignment Align)> columns,
        IReadOnlyList<ColumnWidth> grid, bool plain)
    {
        CheckAttributes(row, "kind");
        var kind = EnumAttribute(row, "kind", TableRowKind.Body,
            ("header", TableRowKind.Header), ("body", TableRowKind.Body), ("total", TableRowKind.Total));
        var cellStyle = kind == TableRowKind.Body ? context.Style : context.Style.Bold();
        var cells = new List<RowCell>();
        var next = 0;
        foreach (var cell in ChildElements(row))
        {
            if (cell.Name.LocalName != "cell")
            {
                Unknown(cell, "<row>");
                continue;
            }
            CheckAttributes(cell, "span", "align");
            var span = IntAttribute(cell, "span") ?? 1;
            if (next + span > columns.Count)
            {
                Error(cell, $"the row has more cells than the table's {columns.Count} columns");
                break;
            }
            var align = AlignAttribute(cell) ?? columns[next].Align;
            var content = Mixed(cell, new BlockContext(cellStyle, context.ClauseDepth, align), spaceBetween: cellStyle.Size * 0.3f);
            if (content is Column { Children: IReadOnlyList<Element> { Count: 0 } })
            {
                // An empty cell still holds a line, so empty rows keep their height.
                content = new Paragraph([InlineRun.Literal("\u00A0", cellStyle)]);
            }
            // Layout tables keep their outer edges flush with the text; a gutter separates columns.
            var padded = plain
                ? new Padding(content, 1, next + span == columns.Count ? 0 : 8, 1, 0)
                : new Padding(content, cellStyle.Size * 0.3f, 5, cellStyle.Size * 0.3f, 5);
            cells.Add(new RowCell(padded, next, span));
            next += span;
        }
        return new TableRow(new Row(grid, cells) { Source = Locate(row) }, kind);
    }

    private ColumnWidth WidthAttribute(XElement column)
    {
        if (column.Attribute("width") is not { } attribute)
        {
            return ColumnWidth.Share();
        }
        var text = attribute.Value.Trim();
        if (text.EndsWith('*'))
        {
            var weight = text.Length == 1 ? "1" : text[..^1];
            if (float.TryParse(weight, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share > 0)
            {
                return ColumnWidth.Share(share);
            }
        }
        else if (Length.TryParse(text, out var points))
        {
            return ColumnWidth.Points(points);
        }
        Error(attribute, $"'width' must be a length (80, 1.5in) or a share (*, 2*), not '{attribute.Value}'");
        return ColumnWidth.Share();
    }
}
