using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Reporting.Cycle.Watch;

namespace Reporting.Cli;

/// <summary>
/// The watch list's RFC 5545 calendar (Ical.Net): one all-day event per deadline of the book,
/// past and future, for a desk to subscribe to. Each event's UID is its deal, kind and reference,
/// so a calendar made again on a later date updates the same events instead of adding copies;
/// DTSTAMP is the watch date (midnight UTC), never the clock, so the same inputs give the same bytes.
/// </summary>
internal static class WatchCalendar
{
    /// <summary>Names the producer; fixed so the bytes do not depend on the library's version string.</summary>
    public const string ProductId = "-//Structured finance trust desk//Reporting watch list//EN";

    public static string Uid(string dealId, WatchDeadline deadline) =>
        $"{dealId}/{deadline.Kind}/{deadline.Reference}@reporting-watch";

    public static byte[] Write(BookWatchList list, WatchCalendarWords words)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", words.Name);
        calendar.AddProperty("X-WR-CALDESC", words.Description);
        var stamp = new CalDateTime(list.AsOf.Year, list.AsOf.Month, list.AsOf.Day, 0, 0, 0, CalDateTime.UtcTzId);
        var index = 0;
        foreach (var deal in list.Deals)
        {
            foreach (var deadline in deal.Deadlines)
            {
                var text = words.Events[index++];
                var next = deadline.Date.PlusDays(1);
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = Uid(deal.DealId, deadline),
                    DtStamp = stamp,
                    DtStart = Day(deadline.Date),
                    DtEnd = Day(next),
                    Summary = text.Summary,
                    Description = text.Description,
                    Categories = [deadline.Kind],
                    Transparency = "TRANSPARENT",
                });
            }
        }
        var serialized = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new UTF8Encoding(false).GetBytes(serialized);
    }

    /// <summary>A date without a time: serialised as <c>VALUE=DATE</c>, an all-day event in every time zone.</summary>
    private static CalDateTime Day(LocalDate date) => new(date.Year, date.Month, date.Day);
}
