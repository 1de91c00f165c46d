using Reporting.Templating;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Templates;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class ValidityTests
{
    /// <summary>Frozen rows and columns, a table without header row, an empty sheet, styled blanks.</summary>
    private const string EdgeCases = """
        <workbook>
          <sheet name="Both frozen" freeze-rows="2" freeze-columns="1">
            <columns><column/><column width="30"/></columns>
            <table name="NoHeader" header-row="false">
              <row><cell type="integer">1</cell><cell formula="A1*2" type="integer">2</cell></row>
              <row><cell type="integer">2</cell><cell formula="NoHeader[[#This Row],[Column1]]*2"/></row>
            </table>
            <row style="header"><cell/><cell>Label with  spaces </cell></row>
            <cell ref="XFD1048576" type="boolean">false</cell>
          </sheet>
          <sheet name="Empty"/>
          <sheet name="It's quoted">
            <row><cell type="number">1</cell></row>
          </sheet>
          <name id="Quoted" ref="'It''s quoted'!A1"/>
        </workbook>
        """;

    public static TheoryData<string> Workbooks() => new()
    {
        "cap schedule",
        "edge cases",
        "rendered sample",
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void The_written_file_passes_the_Open_XML_validator(string which)
    {
        var bytes = WorkbookWriter.Write(WorkbookMarkupParser.Parse(Markup(which), which));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    private static string Markup(string which) => which switch
    {
        "cap schedule" => SampleMarkup.CapSchedule,
        "edge cases" => EdgeCases,
        _ => new WorkbookTemplateRenderer(RepositoryPaths.SampleTemplates).Render(
            "workbook-sample.sbn",
            TemplateModel.FromJson(File.ReadAllText(Path.Combine(RepositoryPaths.SampleTemplates, "workbook-sample.json")))).Text,
    };
}
