using System.Xml.Linq;

namespace Reporting.Workbooks.Markup;

/// <summary>
/// Reads one <c>&lt;sheet&gt;</c>: its columns, rows, tables and free-standing cells.
/// </summary>
/// <remarks>
/// Addressing, so templates can write formulas with known references: each <c>&lt;row&gt;</c>
/// (inside a table or not) takes the next row number, starting at 1, unless it says <c>r="N"</c>
/// to skip ahead. Cells in a row fill columns from A in order; <c>col="D"</c> or <c>ref="D7"</c>
/// skips ahead. A <c>&lt;cell ref="B12"/&gt;</c> directly in the sheet places one cell anywhere
/// and does not move the row counter.
/// </remarks>
internal sealed class SheetParser(MarkupReader reader, FormatCatalog formats)
{
    private static readonly string[] _sheetChildren = ["columns", "row", "table", "cell"];

    private readonly SortedDictionary<CellAddress, WorkbookCell> _cells = new();
    private readonly List<TableMarkup> _tables = [];
    private readonly List<ColumnWidth> _columns = [];
    private int _lastRow;

    public SheetMarkup Parse(XElement sheet, string name)
    {
        reader.AllowOnly(sheet, "name", "freeze-rows", "freeze-columns");
        reader.NoText(sheet);
        var freezeRows = reader.Integer(sheet, "freeze-rows", 0, 0, CellAddress.MaxRow - 1);
        var freezeColumns = reader.Integer(sheet, "freeze-columns", 0, 0, CellAddress.MaxColumn - 1);
        var sawColumns = false;

        foreach (var child in sheet.Elements())
        {
            switch (child.Name.ToString())
            {
                case "columns" when !sawColumns:
                    sawColumns = true;
                    ParseColumns(child);
                    break;
                case "columns":
                    reader.Error(child, "a sheet has one <columns> element");
                    break;
                case "row":
                    ParseRow(child, CellEmphasis.Normal);
                    break;
                case "table":
                    ParseTable(child);
                    break;
                case "cell":
                    ParseFreeCell(child);
                    break;
                default:
                    reader.UnknownElement(child, "sheet", _sheetChildren);
                    break;
            }
        }

        return new SheetMarkup(name, freezeRows, freezeColumns, _columns, _cells.Values.ToList(), _tables, reader.LocationOf(sheet));
    }

    private void ParseColumns(XElement columns)
    {
        reader.AllowOnly(columns);
        reader.NoText(columns);
        var column = 0;
        foreach (var child in columns.Elements())
        {
            if (child.Name != "column")
            {
                reader.UnknownElement(child, "columns", "column");
                continue;
            }

            reader.AllowOnly(child, "width");
            column++;
            if (column > CellAddress.MaxColumn)
            {
                reader.Error(child, "a sheet has at most 16384 columns");
                return;
            }

            // An empty <column/> keeps the default width and only moves on to the next column.
            if (child.Attribute("width") is not null)
            {
                _columns.Add(new ColumnWidth(column, reader.Real(child, "width", 8.43, 0, 255)));
            }
        }
    }

    /// <summary>Reads a row and returns its number, or 0 when the row number was unusable.</summary>
    private int ParseRow(XElement row, CellEmphasis defaultEmphasis, List<WorkbookCell>? collected = null)
    {
        reader.AllowOnly(row, "r", "style", "format");
        reader.NoText(row);
        var rowNumber = _lastRow + 1;
        if (row.Attribute("r") is { } explicitRow)
        {
            var requested = reader.Integer(row, "r", rowNumber, 1, CellAddress.MaxRow);
            if (requested <= _lastRow)
            {
                reader.Error(explicitRow, $"row {requested} is above the previous row {_lastRow}; rows are written top to bottom");
            }
            else
            {
                rowNumber = requested;
            }
        }

        if (rowNumber > CellAddress.MaxRow)
        {
            reader.Error(row, "a sheet has at most 1048576 rows");
            return 0;
        }

        _lastRow = rowNumber;
        var rowEmphasis = ParseEmphasis(row) ?? defaultEmphasis;
        var rowFormat = row.Attribute("format");
        var nextColumn = 1;
        foreach (var child in row.Elements())
        {
            if (child.Name != "cell")
            {
                reader.UnknownElement(child, "row", "cell");
                continue;
            }

            var column = ColumnOf(child, rowNumber, nextColumn);
            if (column is null)
            {
                continue;
            }

            nextColumn = column.Value + 1;
            var cell = ParseCell(child, new CellAddress(column.Value, rowNumber), rowEmphasis, rowFormat);
            if (cell is not null && Place(cell, child))
            {
                collected?.Add(cell);
            }
        }

        return rowNumber;
    }

    /// <summary>The column of a cell in a row: from <c>ref</c>, <c>col</c>, or the next free one.</summary>
    private int? ColumnOf(XElement cell, int rowNumber, int nextColumn)
    {
        if (cell.Attribute("ref") is { } reference)
        {
            if (cell.Attribute("col") is not null)
            {
                reader.Error(cell, "a cell has 'ref' or 'col', not both");
            }

            if (!CellAddress.TryParse(reference.Value, out var address) || reference.Value.Contains('$'))
            {
                reader.Error(reference, $"'{reference.Value}' is not a cell reference such as B12");
                return null;
            }

            if (address.Row != rowNumber)
            {
                reader.Error(reference, $"cell {reference.Value} is written in row {rowNumber}");
                return null;
            }

            return address.Column;
        }

        if (cell.Attribute("col") is { } col)
        {
            if (!CellAddress.TryParseColumn(col.Value, out var column) || col.Value.Contains('$'))
            {
                reader.Error(col, $"'{col.Value}' is not a column such as D");
                return null;
            }

            return column;
        }

        if (nextColumn > CellAddress.MaxColumn)
        {
            reader.Error(cell, "a row has at most 16384 cells");
            return null;
        }

        return nextColumn;
    }

    private void ParseFreeCell(XElement cell)
    {
        if (cell.Attribute("col") is not null)
        {
            reader.Error(cell, "a cell outside a row is placed with 'ref', e.g. ref=\"B12\"");
            return;
        }

        var reference = reader.RequiredText(cell, "ref");
        if (reference is null)
        {
            return;
        }

        if (!CellAddress.TryParse(reference, out var address) || reference.Contains('$'))
        {
            reader.Error(cell.Attribute("ref")!, $"'{reference}' is not a cell reference such as B12");
            return;
        }

        var parsed = ParseCell(cell, address, CellEmphasis.Normal, rowFormat: null);
        if (parsed is not null)
        {
            Place(parsed, cell);
        }
    }

    private bool Place(WorkbookCell cell, XElement element)
    {
        if (_cells.TryGetValue(cell.Address, out var earlier))
        {
            reader.Error(element, $"cell {cell.Address} is already written at line {earlier.Location.Line}");
            return false;
        }

        _cells.Add(cell.Address, cell);
        return true;
    }

    private WorkbookCell? ParseCell(XElement cell, CellAddress address, CellEmphasis rowEmphasis, XAttribute? rowFormat)
    {
        reader.AllowOnly(cell, "ref", "col", "type", "format", "style", "formula");
        foreach (var child in cell.Elements())
        {
            reader.Error(child, $"<cell> holds text only, not <{child.Name}>");
        }

        var typeAttribute = cell.Attribute("type");
        var type = typeAttribute?.Value;
        if (type is not null && !CellTypeName.All.Contains(type, StringComparer.Ordinal))
        {
            reader.Error(typeAttribute!, $"'{type}' is not a cell type (one of: {string.Join(", ", CellTypeName.All)})");
            return null;
        }

        var formula = ParseFormula(cell);
        if (type == CellTypeName.Formula && formula is null)
        {
            reader.Error(typeAttribute!, "a cell of type 'formula' needs a 'formula' attribute");
            return null;
        }

        var content = cell.Value;

        // With a formula the type names the type of the result, and content is its cached value.
        var valueType = formula is not null
            ? (type is null or CellTypeName.Formula ? CellTypeName.Number : type)
            : type ?? (content.Length > 0 ? CellTypeName.Text : CellTypeName.Empty);
        var parseAs = formula is not null && content.Trim().Length == 0 ? CellTypeName.Empty : valueType;
        var (value, problem) = CellValueParser.Parse(parseAs, content);
        if (value is null)
        {
            reader.Error(cell, problem!);
            return null;
        }

        var emphasis = ParseEmphasis(cell) ?? rowEmphasis;
        var formatAttribute = cell.Attribute("format") ?? rowFormat;
        var format = formats[CellValueParser.DefaultFormatName(valueType)];
        if (formatAttribute is not null && !formats.TryGet(formatAttribute.Value, out format))
        {
            reader.Error(formatAttribute, $"'{formatAttribute.Value}' is not a format (known: {formats.KnownNames}; declare others in <styles>)");
            return null;
        }

        return new WorkbookCell(address, value, formula, new CellStyle(format, emphasis), reader.LocationOf(cell));
    }

    private string? ParseFormula(XElement cell)
    {
        if (cell.Attribute("formula") is not { } attribute)
        {
            return null;
        }

        var formula = attribute.Value.Trim();
        if (formula.StartsWith('='))
        {
            formula = formula[1..].TrimStart();
        }

        if (formula.Length == 0)
        {
            reader.Error(attribute, "a formula cannot be empty");
            return null;
        }

        // Excel's own limit on the length of a formula.
        if (formula.Length > 8192)
        {
            reader.Error(attribute, "a formula has at most 8192 characters");
            return null;
        }

        return formula;
    }

    private CellEmphasis? ParseEmphasis(XElement element)
    {
        if (element.Attribute("style") is not { } attribute)
        {
            return null;
        }

        switch (attribute.Value)
        {
            case "normal": return CellEmphasis.Normal;
            case "bold": return CellEmphasis.Bold;
            case "header": return CellEmphasis.Header;
            case "total": return CellEmphasis.Total;
            default:
                reader.Error(attribute, $"'{attribute.Value}' is not a style (one of: normal, bold, header, total)");
                return null;
        }
    }

    private void ParseTable(XElement table)
    {
        reader.AllowOnly(table, "name", "header-row");
        reader.NoText(table);
        var name = reader.RequiredText(table, "name");
        var hasHeaderRow = reader.Boolean(table, "header-row", true);
        if (name is not null && NameRules.WhyNameIsInvalid(name) is { } whyNot)
        {
            reader.Error(table.Attribute("name")!, whyNot);
            name = null;
        }

        var rows = new List<(int Number, List<WorkbookCell> Cells, XElement Element)>();
        foreach (var child in table.Elements())
        {
            if (child.Name != "row")
            {
                reader.UnknownElement(child, "table", "row");
                continue;
            }

            var cells = new List<WorkbookCell>();
            var isHeader = hasHeaderRow && rows.Count == 0;
            var number = ParseRow(child, isHeader ? CellEmphasis.Header : CellEmphasis.Normal, cells);
            if (number > 0)
            {
                rows.Add((number, cells, child));
            }
        }

        var minimumRows = hasHeaderRow ? 2 : 1;
        if (rows.Count < minimumRows)
        {
            reader.Error(table, hasHeaderRow
                ? "a table needs a header row and at least one data row"
                : "a table needs at least one row");
            return;
        }

        var allCells = rows.SelectMany(row => row.Cells).ToList();
        if (allCells.Count == 0 || name is null)
        {
            return;
        }

        var range = new CellRange(
            new CellAddress(allCells.Min(cell => cell.Address.Column), rows[0].Number),
            new CellAddress(allCells.Max(cell => cell.Address.Column), rows[^1].Number));
        var columnNames = hasHeaderRow
            ? HeaderNames(rows[0].Cells, rows[0].Element, range)
            : Enumerable.Range(1, range.Last.Column - range.First.Column + 1).Select(i => $"Column{i}").ToList();
        if (columnNames is not null)
        {
            _tables.Add(new TableMarkup(name, range, hasHeaderRow, columnNames, reader.LocationOf(table)));
        }
    }

    /// <summary>
    /// The header texts of a table, one per column of its range. Excel repairs (and complains about)
    /// a table whose header cells are missing, not text, or repeated.
    /// </summary>
    private List<string>? HeaderNames(List<WorkbookCell> headerCells, XElement headerRow, CellRange range)
    {
        var names = new List<string>();
        var ok = true;
        for (var column = range.First.Column; column <= range.Last.Column; column++)
        {
            var cell = headerCells.FirstOrDefault(candidate => candidate.Address.Column == column);
            if (cell is not { Value: CellValue.Text text, Formula: null } || text.Value.Trim().Length == 0)
            {
                reader.Error(cell?.Location ?? reader.LocationOf(headerRow),
                    $"table header cell {new CellAddress(column, range.First.Row)} must be non-empty text");
                ok = false;
                continue;
            }

            if (names.Contains(text.Value, StringComparer.OrdinalIgnoreCase))
            {
                reader.Error(cell.Location, $"table header '{text.Value}' appears twice; table columns need distinct names");
                ok = false;
                continue;
            }

            names.Add(text.Value);
        }

        return ok ? names : null;
    }
}
