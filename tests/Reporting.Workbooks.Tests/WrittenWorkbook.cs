using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Workbooks.Tests;

/// <summary>Opens written XLSX bytes for assertions on what the file really holds.</summary>
internal sealed class WrittenWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WrittenWorkbook(byte[] bytes)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public SpreadsheetDocument Document => _document;

    public WorkbookPart WorkbookPart => _document.WorkbookPart!;

    public Workbook Workbook => WorkbookPart.Workbook!;

    public WorksheetPart SheetPart(string name)
    {
        var sheet = Workbook.Sheets!.Elements<Sheet>().Single(candidate => candidate.Name == name);
        return (WorksheetPart)WorkbookPart.GetPartById(sheet.Id!.Value!);
    }

    public Cell Cell(string sheet, string reference) =>
        SheetPart(sheet).Worksheet!.Descendants<Cell>().Single(cell => cell.CellReference == reference);

    public string SharedString(Cell cell) =>
        WorkbookPart.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>()
            .ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;

    public string NumberFormatCode(Cell cell)
    {
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet!;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId!.Value;
        return id switch
        {
            0 => "General",
            49 => "@",
            _ => stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(candidate => candidate.NumberFormatId! == id).FormatCode!.Value!,
        };
    }

    public bool IsBold(Cell cell)
    {
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet!;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold is not null;
    }

    public void Dispose() => _document.Dispose();
}
