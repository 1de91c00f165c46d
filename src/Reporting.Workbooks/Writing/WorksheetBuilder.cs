using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;
using CellValue = Reporting.Workbooks.Markup.CellValue;

namespace Reporting.Workbooks.Writing;

/// <summary>Builds the worksheet XML of one sheet: view, column widths, cells and table links.</summary>
internal sealed class WorksheetBuilder(StylesheetBuilder styles, SharedStrings strings)
{
    public Worksheet Build(SheetMarkup sheet, bool isFirstSheet, IReadOnlyList<string> tableRelationshipIds)
    {
        var worksheet = new Worksheet();
        if (sheet.Cells.Count > 0)
        {
            var used = new CellRange(
                new CellAddress(sheet.Cells.Min(cell => cell.Address.Column), sheet.Cells[0].Address.Row),
                new CellAddress(sheet.Cells.Max(cell => cell.Address.Column), sheet.Cells[^1].Address.Row));
            worksheet.Append(new SheetDimension { Reference = used.ToString() });
        }

        worksheet.Append(new SheetViews(SheetView(sheet, isFirstSheet)));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (sheet.Columns.Count > 0)
        {
            worksheet.Append(new Columns(sheet.Columns.Select(column => new Column
            {
                Min = (uint)column.Column,
                Max = (uint)column.Column,
                Width = column.Width,
                CustomWidth = true,
            })));
        }

        worksheet.Append(SheetData(sheet));
        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        if (tableRelationshipIds.Count > 0)
        {
            worksheet.Append(new TableParts(tableRelationshipIds.Select(id => new TablePart { Id = id }))
            {
                Count = (uint)tableRelationshipIds.Count,
            });
        }

        return worksheet;
    }

    private static SheetView SheetView(SheetMarkup sheet, bool isFirstSheet)
    {
        var view = new SheetView { TabSelected = isFirstSheet ? true : null, WorkbookViewId = 0 };
        if (sheet.FreezeRows == 0 && sheet.FreezeColumns == 0)
        {
            return view;
        }

        var topLeft = new CellAddress(sheet.FreezeColumns + 1, sheet.FreezeRows + 1).ToString();
        var pane = (sheet.FreezeRows > 0, sheet.FreezeColumns > 0) switch
        {
            (true, true) => PaneValues.BottomRight,
            (true, false) => PaneValues.BottomLeft,
            _ => PaneValues.TopRight,
        };
        view.Append(
            new Pane
            {
                HorizontalSplit = sheet.FreezeColumns > 0 ? sheet.FreezeColumns : null,
                VerticalSplit = sheet.FreezeRows > 0 ? sheet.FreezeRows : null,
                TopLeftCell = topLeft,
                ActivePane = pane,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        return view;
    }

    private SheetData SheetData(SheetMarkup sheet)
    {
        var data = new SheetData();
        foreach (var row in sheet.Cells.GroupBy(cell => cell.Address.Row))
        {
            var cells = row.Select(Cell).OfType<Cell>().ToList();
            if (cells.Count > 0)
            {
                data.Append(new Row(cells) { RowIndex = (uint)row.Key });
            }
        }

        return data;
    }

    /// <summary>The file's cell, or null for an unstyled empty cell, which need not be written.</summary>
    private Cell? Cell(WorkbookCell markup)
    {
        var styleIndex = styles.IndexOf(markup.Style);
        if (markup is { Formula: null, Value: CellValue.EmptyValue } && styleIndex == 0)
        {
            return null;
        }

        var cell = new Cell { CellReference = markup.Address.ToString(), StyleIndex = styleIndex != 0 ? styleIndex : null };
        if (markup.Formula is not null)
        {
            cell.Append(new CellFormula(FormulaText.ForFile(markup.Formula)));
        }

        var (text, type) = markup.Value switch
        {
            CellValue.Text { Value: var value } when markup.Formula is not null => (value, CellValues.String),
            CellValue.Text { Value: var value } => (strings.IndexOf(value).ToString(CultureInfo.InvariantCulture), CellValues.SharedString),
            CellValue.Number { Value: var value } => (value.ToString(CultureInfo.InvariantCulture), (CellValues?)null),
            CellValue.Percent { Value: var value } => (value.ToString(CultureInfo.InvariantCulture), null),
            CellValue.Integer { Value: var value } => (value.ToString(CultureInfo.InvariantCulture), null),
            CellValue.Date { Value: var value } => (ExcelDate.ToSerial(value).ToString(CultureInfo.InvariantCulture), null),
            CellValue.Boolean { Value: var value } => (value ? "1" : "0", CellValues.Boolean),
            _ => ((string?)null, (CellValues?)null),
        };

        if (text is not null)
        {
            cell.DataType = type;
            cell.Append(new DocumentFormat.OpenXml.Spreadsheet.CellValue(text));
        }

        return cell;
    }
}
