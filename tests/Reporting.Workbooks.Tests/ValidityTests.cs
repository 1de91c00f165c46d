using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reporting.Workbooks.Markup;
using Reporting.Workbooks.Writing;

namespace Reporting.Workbooks.Tests;

public sealed class ValidityTests
{
    [Fact]
    public void The_written_file_passes_the_Open_XML_validator()
    {
        var bytes = WorkbookWriter.Write(WorkbookMarkupParser.Parse(SampleMarkup.CapSchedule, "sample.xml"));
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "workbook-sample-test.xlsx"), bytes);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();

        Assert.Empty(errors);
    }
}
