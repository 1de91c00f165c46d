using NodaTime;
using Reporting.RunFormat;

namespace Reporting.Cycle.Planning;

/// <summary>
/// Builds a <see cref="PlannedOutput"/> from typed models, serialised the way templates and results.json
/// read them. The title is the document's (<see cref="DocumentTitles"/>) with plain spaces: the manifest,
/// the archive index and the terminal are searched and read as text, where a no-break space only gets in the way.
/// </summary>
internal static class Planned
{
    public static PlannedOutput Pdf<TModel, TFigures>(string kind, string fileName, string template, string title,
        LocalDate date, string addressee, TModel model, TFigures figures) =>
        new(kind, OutputFormat.Pdf, fileName, template, Plain(title), date, addressee,
            ReportingJson.ToElement(model), ReportingJson.ToElement(figures));

    public static PlannedOutput Xlsx<TModel>(string kind, string fileName, string template, string title,
        LocalDate date, string addressee, TModel model) =>
        new(kind, OutputFormat.Xlsx, fileName, template, Plain(title), date, addressee,
            ReportingJson.ToElement(model), ReportingJson.ToElement(model));

    private static string Plain(string title) => title.Replace('\u00A0', ' ');
}
