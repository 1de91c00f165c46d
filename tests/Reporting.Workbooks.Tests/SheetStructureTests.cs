using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class SheetStructureTests
{
    private static WrittenWorkbook WriteSample() =>
        new(WorkbookWriter.Write(WorkbookMarkupParser.Parse(SampleMarkup.CapSchedule, "sample.xml")));

    [Fact]
    public void Frozen_rows_become_a_frozen_pane_below_them()
    {
        using var workbook = WriteSample();
        var pane = workbook.SheetPart("Cap schedule").Worksheet!.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Null(pane.HorizontalSplit);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Empty(workbook.SheetPart("Inputs").Worksheet!.Descendants<Pane>());
    }

    [Fact]
    public void Column_widths_are_set_in_order_from_column_A()
    {
        using var workbook = WriteSample();
        var columns = workbook.SheetPart("Inputs").Worksheet!.Descendants<Column>().ToList();
        Assert.Equal([(1u, 20.0), (2u, 16.0)], columns.Select(column => (column.Min!.Value, column.Width!.Value)));
    }

    [Fact]
    public void A_table_covers_its_rows_with_header_names_and_a_filter()
    {
        using var workbook = WriteSample();
        var table = workbook.SheetPart("Cap schedule").TableDefinitionParts.Single().Table!;
        Assert.Equal("CapSchedule", table.Name!.Value);
        Assert.Equal("CapSchedule", table.DisplayName!.Value);
        Assert.Equal("A1:F3", table.Reference!.Value);
        Assert.Equal("A1:F3", table.AutoFilter!.Reference!.Value);
        Assert.Equal(
            ["Period start", "Period end", "Notional", "Days", "Rate", "Payment"],
            table.TableColumns!.Elements<TableColumn>().Select(column => column.Name!.Value!));
    }

    [Fact]
    public void Defined_names_are_absolute_references_to_their_sheet()
    {
        using var workbook = WriteSample();
        var names = workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToDictionary(name => name.Name!.Value!, name => name.Text);
        Assert.Equal("'Inputs'!$B$2", names["Threshold"]);
        Assert.Equal("'Inputs'!$B$3", names["Buffer"]);
    }

    [Fact]
    public void Core_properties_come_from_the_markup()
    {
        using var workbook = WriteSample();
        var properties = workbook.Document.CoreFilePropertiesPart!;
        using var reader = new StreamReader(properties.GetStream());
        var xml = reader.ReadToEnd();
        Assert.Contains("<dc:title>Cap schedule</dc:title>", xml, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>Trust desk</dc:creator>", xml, StringComparison.Ordinal);
        Assert.Contains(">2008-05-23T00:00:00Z</dcterms:created>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_place_by_order_col_and_ref_and_rows_can_skip_ahead()
    {
        const string xml = """
            <workbook>
              <sheet name="S">
                <row><cell>a</cell><cell col="D">d</cell><cell>e</cell></row>
                <row r="4"><cell ref="B4">b4</cell></row>
                <row><cell>a5</cell></row>
                <cell ref="C2">c2</cell>
              </sheet>
            </workbook>
            """;
        var cells = WorkbookMarkupParser.Parse(xml, "p.xml").Sheets[0].Cells;
        Assert.Equal(["A1", "D1", "E1", "C2", "B4", "A5"], cells.Select(cell => cell.Address.ToString()));
    }
}
