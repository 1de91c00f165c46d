using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Reading;

/// <summary>
/// Reads an XLSX back as plain text for approved-output tests: one CSV per sheet, formulas shown
/// as <c>=FORMULA</c>, dates (numbers with a date format) as yyyy-MM-dd, other numbers as stored.
/// </summary>
/// <remarks>
/// Each sheet is a rectangle from A1 to its last used cell, so every line has the same number of
/// fields and a diff lines up. Lines end with \n on every platform.
/// </remarks>
public static class WorkbookSnapshot
{
    public static IReadOnlyList<SheetCsv> ToCsvPerSheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(item => item.InnerText).ToList() ?? [];
        var dateStyles = DateStyleIndexes(workbookPart);

        var result = new List<SheetCsv>();
        foreach (var sheet in workbookPart.Workbook!.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!;
            var cells = new Dictionary<CellAddress, string>();
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                if (cell.CellReference?.Value is { } reference && CellAddress.TryParse(reference, out var address))
                {
                    cells[address] = Display(cell, sharedStrings, dateStyles);
                }
            }

            result.Add(new SheetCsv(sheet.Name?.Value ?? "", ToCsv(cells)));
        }

        return result;
    }

    private static string Display(Cell cell, List<string> sharedStrings, HashSet<uint> dateStyles)
    {
        if (cell.CellFormula is { } formula)
        {
            return "=" + formula.Text.Replace(FormulaText.FuturePrefix, "", StringComparison.Ordinal);
        }

        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value is { } type)
        {
            if (type == CellValues.SharedString)
            {
                return sharedStrings[int.Parse(raw!, CultureInfo.InvariantCulture)];
            }

            if (type == CellValues.InlineString)
            {
                return cell.InlineString?.InnerText ?? "";
            }

            if (type == CellValues.Boolean)
            {
                return raw == "1" ? "TRUE" : "FALSE";
            }

            return raw ?? "";
        }

        if (raw is not null && dateStyles.Contains(cell.StyleIndex?.Value ?? 0)
            && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            return ExcelDate.FromSerial(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw ?? "";
    }

    private static HashSet<uint> DateStyleIndexes(WorkbookPart workbookPart)
    {
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var customDateIds = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => NumberFormatKind.IsDateCode(format.FormatCode?.Value ?? ""))
            .Select(format => format.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var indexes = new HashSet<uint>();
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            if (NumberFormatKind.IsBuiltInDate(id) || customDateIds.Contains(id))
            {
                indexes.Add((uint)i);
            }
        }

        return indexes;
    }

    private static string ToCsv(Dictionary<CellAddress, string> cells)
    {
        if (cells.Count == 0)
        {
            return "";
        }

        var lastRow = cells.Keys.Max(address => address.Row);
        var lastColumn = cells.Keys.Max(address => address.Column);
        var csv = new StringBuilder();
        for (var row = 1; row <= lastRow; row++)
        {
            for (var column = 1; column <= lastColumn; column++)
            {
                if (column > 1)
                {
                    csv.Append(',');
                }

                if (cells.TryGetValue(new CellAddress(column, row), out var text))
                {
                    csv.Append(Quote(text));
                }
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
