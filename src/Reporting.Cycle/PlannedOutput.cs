using System.Text.Json;
using NodaTime;

namespace Reporting.Cycle;

/// <summary>
/// A document or workbook a month needs, with everything to render it: the template, the model
/// the template reads, and the figures that go to <c>results.json</c> (and, archived, into the PDF).
/// </summary>
/// <param name="Kind">What it is, e.g. <c>trustee-statement</c>, <c>ratings-event-notice</c>.</param>
/// <param name="FileName">File name inside <c>documents/</c> or <c>workbooks/</c>, unique in the run.</param>
/// <param name="Template">Template path relative to the templates folder.</param>
/// <param name="DocumentDate">The date the document bears: the date the contract makes it due.</param>
/// <param name="Addressee">To whom it goes (a party's name), or who it is for.</param>
public sealed record PlannedOutput(
    string Kind,
    OutputFormat Format,
    string FileName,
    string Template,
    string Title,
    LocalDate DocumentDate,
    string Addressee,
    JsonElement Model,
    JsonElement Figures)
{
    public string RelativePath => (Format == OutputFormat.Pdf ? "documents/" : "workbooks/") + FileName;

    /// <summary>The key of this output's figures in results.json: the file name without extension.</summary>
    public string ResultsKey => Path.GetFileNameWithoutExtension(FileName);
}
