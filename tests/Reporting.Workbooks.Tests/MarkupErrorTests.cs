using Reporting.RunFormat;
using Reporting.Workbooks.Markup;

namespace Reporting.Workbooks.Tests;

public sealed class MarkupErrorTests
{
    private static IReadOnlyList<Diagnostic> ErrorsOf(string xml) =>
        Assert.Throws<WorkbookMarkupException>(() => WorkbookMarkupParser.Parse(xml, "bad.xml")).Errors;

    [Fact]
    public void Every_error_is_reported_at_once_with_its_line_and_column()
    {
        const string xml = """
            <workbook>
              <sheet name="S" colour="red">
                <row><cell type="number">12,50</cell><cell type="date">23/05/2008</cell></row>
                <row><cell type="money">1</cell><cell type="integer">1.5</cell></row>
                <picture/>
              </sheet>
            </workbook>
            """;
        var errors = ErrorsOf(xml);

        Assert.Collection(
            errors,
            error => Assert.Equal((2, 19, true), (error.Line, error.Column, error.Message.Contains("colour", StringComparison.Ordinal))),
            error => Assert.Equal((3, 10, true), (error.Line, error.Column, error.Message.Contains("'12,50' is not a number", StringComparison.Ordinal))),
            error => Assert.Equal((3, 42, true), (error.Line, error.Column, error.Message.Contains("not an ISO date", StringComparison.Ordinal))),
            error => Assert.Equal((4, 16, true), (error.Line, error.Column, error.Message.Contains("'money' is not a cell type", StringComparison.Ordinal))),
            error => Assert.Equal((4, 37, true), (error.Line, error.Column, error.Message.Contains("not a whole number", StringComparison.Ordinal))),
            error => Assert.Equal((5, 5, true), (error.Line, error.Column, error.Message.Contains("<picture>", StringComparison.Ordinal))));
        Assert.All(errors, error => Assert.Equal("bad.xml", error.File));
    }

    [Fact]
    public void Errors_are_printed_file_line_column_like_every_other_error()
    {
        const string xml = "<workbook>\n  <sheet name=\"S\">\n    <picture/>\n  </sheet>\n</workbook>";
        var exception = Assert.Throws<WorkbookMarkupException>(() => WorkbookMarkupParser.Parse(xml, "workbooks/cap.xml"));

        // <picture/> is on line 3; its '<' is the fifth character of that line.
        var printed = exception.Errors.Single().ToString();
        Assert.StartsWith("workbooks/cap.xml:3:5: ", printed, StringComparison.Ordinal);
        Assert.Contains(Environment.NewLine + "  " + printed, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_pointing_at_nothing_are_errors()
    {
        const string xml = """
            <workbook>
              <sheet name="S">
                <row><cell type="number">1</cell><cell formula="A1+C1"/></row>
                <row><cell formula="Missing*2"/><cell formula="'Nope'!A1"/><cell formula="SUM(D9:E12)"/><cell formula="T[x]"/></row>
                <row><cell formula="SUM(A1:A9)+MAX(S!A1, A:A)"/></row>
              </sheet>
            </workbook>
            """;
        var messages = ErrorsOf(xml).Select(error => $"{error.Line}: {error.Message}").ToList();

        Assert.True(messages.Count == 5, string.Join("\n", messages));
        Assert.Contains(messages, message => message.StartsWith("3: formula in B1", StringComparison.Ordinal) && message.Contains("C1 on sheet", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.StartsWith("4: formula in A2", StringComparison.Ordinal) && message.Contains("'Missing'", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("sheet 'Nope'", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("D9:E12", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("table 'T'", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_tables_and_sheets_are_checked()
    {
        const string xml = """
            <workbook>
              <sheet name="S"><row><cell>x</cell></row></sheet>
              <sheet name="s"/>
              <sheet name="A/B"/>
              <sheet name="T">
                <table name="A1"><row><cell>h</cell></row><row><cell>1</cell></row></table>
                <table name="Dup"><row><cell>h</cell><cell>h</cell></row><row><cell>1</cell><cell>2</cell></row></table>
                <table name="Solo"><row><cell>only a header</cell></row></table>
              </sheet>
              <name id="Rate" ref="B5"/>
              <name id="Other" ref="'Missing'!B5"/>
              <name id="Bad name" ref="'S'!A1"/>
            </workbook>
            """;
        var messages = ErrorsOf(xml).Select(error => error.Message).ToList();

        Assert.Contains(messages, message => message.Contains("already a sheet named 's'", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("cannot contain", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("'A1' cannot be a name", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("appears twice", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("header row and at least one data row", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("must name its sheet", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("no sheet named 'Missing'", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("'Bad name' is not a valid name", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_cells_and_rows_going_up_are_errors()
    {
        const string xml = """
            <workbook>
              <sheet name="S">
                <row r="3"><cell>a</cell></row>
                <row r="2"><cell>b</cell></row>
                <cell ref="A3">again</cell>
              </sheet>
            </workbook>
            """;
        var messages = ErrorsOf(xml).Select(error => error.Message).ToList();
        Assert.Contains(messages, message => message.Contains("above the previous row", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains("A3 is already written at line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_xml_is_one_error_with_its_position()
    {
        var error = Assert.Single(ErrorsOf("<workbook>\n  <sheet name=\"S\">\n</workbook>"));
        Assert.Equal(3, error.Line);
    }
}
