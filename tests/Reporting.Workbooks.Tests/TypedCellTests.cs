using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class TypedCellTests
{
    private static WrittenWorkbook WriteSample() =>
        new(WorkbookWriter.Write(WorkbookMarkupParser.Parse(SampleMarkup.CapSchedule, "sample.xml")));

    [Fact]
    public void Text_is_a_shared_string()
    {
        using var workbook = WriteSample();
        var cell = workbook.Cell("Cap schedule", "A1");
        Assert.Equal(CellValues.SharedString, cell.DataType!.Value);
        Assert.Equal("Period start", workbook.SharedString(cell));
    }

    [Fact]
    public void A_decimal_is_stored_as_a_number_with_exactly_the_digits_written()
    {
        using var workbook = WriteSample();
        var cell = workbook.Cell("Cap schedule", "C2");
        Assert.Null(cell.DataType);
        Assert.Equal("571825082.60", cell.CellValue!.Text);
        Assert.Equal("#,##0.00", workbook.NumberFormatCode(cell));
    }

    [Fact]
    public void A_date_is_an_Excel_serial_number_with_a_date_format()
    {
        using var workbook = WriteSample();
        var cell = workbook.Cell("Cap schedule", "A2");
        Assert.Null(cell.DataType);
        Assert.Equal("38985", cell.CellValue!.Text); // 2006-09-25 in Excel's 1900 date system
        Assert.Equal("yyyy-mm-dd", workbook.NumberFormatCode(cell));
    }

    [Fact]
    public void Integers_percents_and_booleans_get_their_types_and_default_formats()
    {
        using var workbook = WriteSample();
        var days = workbook.Cell("Cap schedule", "D2");
        Assert.Equal("30", days.CellValue!.Text);
        Assert.Equal("#,##0", workbook.NumberFormatCode(days));

        var rate = workbook.Cell("Cap schedule", "E2");
        Assert.Equal("0.0786", rate.CellValue!.Text);
        Assert.Equal("0.00000%", workbook.NumberFormatCode(rate));

        var declaredRate = workbook.Cell("Inputs", "B4");
        Assert.Equal("0.0000%", workbook.NumberFormatCode(declaredRate));

        var active = workbook.Cell("Inputs", "B5");
        Assert.Equal(CellValues.Boolean, active.DataType!.Value);
        Assert.Equal("1", active.CellValue!.Text);
    }

    [Fact]
    public void Header_and_total_styles_are_bold()
    {
        using var workbook = WriteSample();
        Assert.True(workbook.IsBold(workbook.Cell("Inputs", "A1")));
        Assert.True(workbook.IsBold(workbook.Cell("Cap schedule", "A1"))); // table header row, bold by default
        Assert.True(workbook.IsBold(workbook.Cell("Cap schedule", "F5")));
        Assert.False(workbook.IsBold(workbook.Cell("Cap schedule", "A2")));
    }

    [Theory]
    [InlineData("1E3", "1000")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("0.1", "0.1")]
    [InlineData("12345678901234567.89", "12345678901234567.89")]
    public void Numbers_are_written_as_the_decimal_they_are_with_no_binary_rounding(string written, string stored)
    {
        var markup = WorkbookMarkupParser.Parse($"""<workbook><sheet name="S"><row><cell type="number">{written}</cell></row></sheet></workbook>""", "n.xml");
        using var workbook = new WrittenWorkbook(WorkbookWriter.Write(markup));
        Assert.Equal(stored, workbook.Cell("S", "A1").CellValue!.Text);
    }

    [Fact]
    public void Text_keeps_its_leading_and_trailing_spaces()
    {
        var markup = WorkbookMarkupParser.Parse("""<workbook><sheet name="S"><row><cell>  indented </cell></row></sheet></workbook>""", "t.xml");
        using var workbook = new WrittenWorkbook(WorkbookWriter.Write(markup));
        Assert.Equal("  indented ", workbook.SharedString(workbook.Cell("S", "A1")));
    }
}
