using System.Globalization;
using NodaTime;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The model of <c>documents/watch-list.sbn</c> and <c>calendars/watch-calendar.sbn</c>: the
/// watch list's typed facts with party and event names resolved, and each reference split into its
/// parts so the templates can word it. The PDF shows the window; the calendar every deadline.
/// </summary>
public sealed record WatchListModel(
    LocalDate AsOf,
    int BusinessDays,
    bool Invented,
    WatchTotals Totals,
    IReadOnlyList<DealWatchModel> Deals,
    IReadOnlyList<WatchFailureModel> Failures)
{
    /// <param name="allDeadlines">Every deadline known on the date (the calendar), not only those in the window (the PDF).</param>
    public static WatchListModel From(BookWatchList list, bool allDeadlines) => new(
        list.AsOf,
        list.BusinessDays,
        list.Deals.Any(d => d.Scenario is "hypothetical" or "synthetic"),
        WatchTotals.Of(list),
        list.Deals.Select(d => DealWatchModel.From(d, allDeadlines ? d.Deadlines : d.InWindow)).ToArray(),
        list.Failures.Select(f => new WatchFailureModel(f.DealFolder, f.Failure, f.Errors)).ToArray());
}

/// <summary>Counts across the book: deadlines in the window, open exceptions, stale inputs.</summary>
public sealed record WatchTotals(int Deals, int Failed, int Deadlines, int Exceptions, int StaleInputs)
{
    public static WatchTotals Of(BookWatchList list) => new(
        list.Deals.Count, list.Failures.Count,
        list.Deals.Sum(d => d.InWindow.Count), list.Deals.Sum(d => d.Exceptions.Count), list.Deals.Sum(d => d.StaleInputs.Count));
}

public sealed record DealWatchModel(
    string Id,
    string Name,
    string Scenario,
    string Calendar,
    LocalDate WindowEnd,
    IReadOnlyList<DeadlineModel> Deadlines,
    IReadOnlyList<ExceptionModel> Exceptions,
    IReadOnlyList<StaleInputModel> StaleInputs)
{
    public static DealWatchModel From(DealWatch deal, IReadOnlyList<WatchDeadline> deadlines)
    {
        string? Party(string? key) => key is null ? null : deal.PartyNames.GetValueOrDefault(key, key);
        string? Event(string kind, string reference) =>
            kind is DeadlineKinds.RatingsNotice or DeadlineKinds.RatingsRemedy or DeadlineKinds.CollateralDemand
                or DeadlineKinds.CollateralDeliveryAfterDemand or DeadlineKinds.AdditionalTerminationEvent
                ? deal.EventNames.GetValueOrDefault(reference.Split('/')[0], reference.Split('/')[0]) : null;
        return new DealWatchModel(deal.DealId, deal.DealName, deal.Scenario, deal.Calendar, deal.WindowEnd,
            deadlines.Select(d => new DeadlineModel(d.Date, d.Kind, d.Reference, d.Reference.Split('/'), Event(d.Kind, d.Reference),
                Party(d.Party), d.Amount, d.Calendar, d.State)).ToArray(),
            deal.Exceptions.Select(x => new ExceptionModel(x.Kind, x.Date, x.Reference, x.Reference.Split('/'), Event(x.Kind, x.Reference),
                Party(x.Party), x.Amount, x.Detail)).ToArray(),
            deal.StaleInputs.Select(s => new StaleInputModel(s.Input, s.File, s.Latest, s.Expected,
                s.Expected.ToString("MMMM yyyy", CultureInfo.InvariantCulture))).ToArray());
    }
}

/// <param name="Parts">The reference split at '/': an event id and its day, a direction and a Valuation Date, a loan and its episode.</param>
/// <param name="Event">The ratings event's full name, for the ratings kinds.</param>
public sealed record DeadlineModel(LocalDate Date, string Kind, string Reference, IReadOnlyList<string> Parts, string? Event,
    string? Party, decimal? Amount, string? Calendar, DeadlineState State);

public sealed record ExceptionModel(string Kind, LocalDate? Date, string Reference, IReadOnlyList<string> Parts, string? Event,
    string? Party, decimal? Amount, string? Detail);

public sealed record StaleInputModel(string Input, string File, LocalDate? Latest, LocalDate Expected, string ExpectedMonth);

public sealed record WatchFailureModel(string Folder, string Failure, IReadOnlyList<string> Errors);
