using System.Xml.Linq;
using Reporting.RunFormat;
using Reporting.Templating;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The words of the watch list's calendar, from <c>templates/calendars/watch-calendar.sbn</c>: the
/// calendar's name and description and each deadline's summary and description, in the order of
/// <see cref="BookWatchList.Deals"/> and each deal's <see cref="DealWatch.Deadlines"/>.
/// </summary>
public sealed record WatchCalendarWords(string Name, string Description, IReadOnlyList<WatchEventWords> Events)
{
    public const string Template = "calendars/watch-calendar.sbn";

    public static WatchCalendarWords Render(BookWatchList list, string templatesFolder)
    {
        var renderer = new MarkupTemplateRenderer(templatesFolder);
        var markup = renderer.Render(Template, TemplateModel.FromJson(ReportingJson.ToElement(WatchListModel.From(list, allDeadlines: true))));
        var root = XDocument.Parse(markup.Text).Root
            ?? throw new TemplateException(new Diagnostic(Template, 0, 0, "wrote no calendar element"));
        var events = root.Elements("event").Select(e => new WatchEventWords(
            (string?)e.Attribute("deal") ?? "",
            e.Element("summary")?.Value.Trim() ?? "",
            e.Element("description")?.Value.Trim() ?? "")).ToArray();
        var expected = list.Deals.Sum(d => d.Deadlines.Count);
        if (events.Length != expected)
            throw new TemplateException(new Diagnostic(Template, 0, 0, $"wrote {events.Length} events for {expected} deadlines (expected one event per deadline)"));
        return new WatchCalendarWords((string?)root.Attribute("name") ?? "", (string?)root.Attribute("description") ?? "", events);
    }
}

/// <summary>One deadline's words in the calendar.</summary>
public sealed record WatchEventWords(string DealId, string Summary, string Description);
