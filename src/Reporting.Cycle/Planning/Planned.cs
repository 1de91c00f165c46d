using NodaTime;
using Reporting.RunFormat;

namespace Reporting.Cycle.Planning;

/// <summary>Builds a <see cref="PlannedOutput"/> from typed models, serialised the way templates and results.json read them.</summary>
internal static class Planned
{
    public static PlannedOutput Pdf<TModel, TFigures>(string kind, string fileName, string template, string title,
        LocalDate date, string addressee, TModel model, TFigures figures) =>
        new(kind, OutputFormat.Pdf, fileName, template, title, date, addressee,
            ReportingJson.ToElement(model), ReportingJson.ToElement(figures));

    public static PlannedOutput Xlsx<TModel>(string kind, string fileName, string template, string title,
        LocalDate date, string addressee, TModel model) =>
        new(kind, OutputFormat.Xlsx, fileName, template, title, date, addressee,
            ReportingJson.ToElement(model), ReportingJson.ToElement(model));
}
