using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class FormulaTests
{
    private static WrittenWorkbook WriteSample() =>
        new(WorkbookWriter.Write(WorkbookMarkupParser.Parse(SampleMarkup.CapSchedule, "sample.xml")));

    [Fact]
    public void A_formula_is_stored_without_its_equals_sign_and_with_its_cached_value()
    {
        using var workbook = WriteSample();
        var cell = workbook.Cell("Cap schedule", "F2");
        Assert.Equal("ROUND(C2*D2/360*MAX(0,E2-Strike),2)", cell.CellFormula!.Text);
        Assert.Equal("973418.89", cell.CellValue!.Text);
    }

    [Fact]
    public void A_formula_without_a_cached_value_has_no_value_element()
    {
        using var workbook = WriteSample();
        var cell = workbook.Cell("Cap schedule", "F5");
        Assert.Equal("SUM(F2:F3)", cell.CellFormula!.Text);
        Assert.Null(cell.CellValue);
    }

    [Fact]
    public void A_text_result_is_cached_as_a_formula_string()
    {
        using var workbook = WriteSample();
        var cell = workbook.Cell("Cap schedule", "H4");
        Assert.Equal(CellValues.String, cell.DataType!.Value);
        Assert.Equal("on", cell.CellValue!.Text);
    }

    [Fact]
    public void Functions_newer_than_Excel_2007_get_the_prefix_Excel_needs()
    {
        using var workbook = WriteSample();
        Assert.Equal("_xlfn.IFS(Active, 1, TRUE, 0)", workbook.Cell("Cap schedule", "H3").CellFormula!.Text);
    }

    [Fact]
    public void Every_reader_is_told_to_recalculate_on_load()
    {
        using var workbook = WriteSample();
        Assert.True(workbook.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void Scanner_finds_references_names_tables_and_functions_but_not_literals()
    {
        var tokens = FormulaScanner.Scan("SUM('Cap schedule'!$C$2:C9, Inputs!B5) + Exposure * \"A1 text\" + Cap[Notional] + 1E3 + A:A + TRUE");

        Assert.Collection(
            tokens,
            token => Assert.Equal((FormulaTokenKind.Function, "SUM"), (token.Kind, token.Text)),
            token =>
            {
                Assert.Equal((FormulaTokenKind.Reference, "Cap schedule", "C2:C9"), (token.Kind, token.SheetName, token.Range.ToString()));
            },
            token => Assert.Equal((FormulaTokenKind.Reference, "Inputs", "B5"), (token.Kind, token.SheetName, token.Range.ToString())),
            token => Assert.Equal((FormulaTokenKind.Name, "Exposure"), (token.Kind, token.Text)),
            token => Assert.Equal((FormulaTokenKind.TableReference, "Cap"), (token.Kind, token.Text)),
            token => Assert.Equal(FormulaTokenKind.WholeLines, token.Kind));
    }
}
