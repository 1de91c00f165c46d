using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;

namespace Reporting.Workbooks.Writing;

/// <summary>
/// Writes a checked <see cref="WorkbookMarkup"/> as an XLSX file: typed cells, live formulas that
/// Excel recalculates on open, frozen panes, column widths, tables and defined names.
/// </summary>
/// <remarks>
/// The same markup gives the same bytes on any machine: every relationship id is chosen here, the
/// document dates come from the markup, and the zip is rewritten with fixed entry order and times.
/// </remarks>
public static class WorkbookWriter
{
    private const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    public static byte[] Write(WorkbookMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Stored, not deflated: the package is rewritten (and compressed once) by DeterministicZip.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var workbookPart = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var coreProperties = document.AddNewPart<CoreFilePropertiesPart>(CorePropertiesContentType, "rId2");
            using (var stream = coreProperties.GetStream(FileMode.Create))
            {
                CorePropertiesXml.Write(markup.Properties, stream);
            }

            WriteWorkbook(workbookPart, markup);
        }

        return DeterministicZip.Normalize(package.ToArray());
    }

    private static void WriteWorkbook(WorkbookPart workbookPart, WorkbookMarkup markup)
    {
        var styles = new StylesheetBuilder();
        var strings = new SharedStrings();
        var worksheets = new WorksheetBuilder(styles, strings);
        var sheets = new Sheets();
        uint tableId = 0;

        for (var i = 0; i < markup.Sheets.Count; i++)
        {
            var sheet = markup.Sheets[i];
            var relationshipId = $"rId{i + 1}";
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
            var tableRelationshipIds = new List<string>();
            foreach (var table in sheet.Tables)
            {
                var tableRelationshipId = $"rId{tableRelationshipIds.Count + 1}";
                var tablePart = worksheetPart.AddNewPart<TableDefinitionPart>(tableRelationshipId);
                tablePart.Table = TableBuilder.Build(table, ++tableId);
                tableRelationshipIds.Add(tableRelationshipId);
            }

            worksheetPart.Worksheet = worksheets.Build(sheet, isFirstSheet: i == 0, tableRelationshipIds);
            sheets.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = relationshipId });
        }

        // Styles and strings are known only once every sheet has been built.
        var sheetCount = markup.Sheets.Count;
        workbookPart.AddNewPart<WorkbookStylesPart>($"rId{sheetCount + 1}").Stylesheet = styles.Build();
        workbookPart.AddNewPart<SharedStringTablePart>($"rId{sheetCount + 2}").SharedStringTable = strings.Build();

        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets);
        if (markup.Names.Count > 0)
        {
            workbook.Append(new DefinedNames(markup.Names.Select(name => new DefinedName(name.ToFormulaText()) { Name = name.Name })));
        }

        // Cached values may be missing or stale; have every reader recompute on open.
        workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbookPart.Workbook = workbook;
    }
}
