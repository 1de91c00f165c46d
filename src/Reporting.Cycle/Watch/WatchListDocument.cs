using Reporting.Documents;
using Reporting.RunFormat;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The watch list as a PDF (<c>templates/documents/watch-list.sbn</c>), dated its watch date:
/// the same list gives the same bytes. Not a run's document, so not marked as a draft.
/// </summary>
public static class WatchListDocument
{
    public const string Template = "documents/watch-list.sbn";

    public static RenderedDocument Render(BookWatchList list, string templatesFolder)
    {
        using var renderer = new DocumentRenderer(templatesFolder);
        return renderer.Render(Template, ReportingJson.ToElement(WatchListModel.From(list, allDeadlines: false)));
    }
}
