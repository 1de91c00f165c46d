using NodaTime;

namespace Reporting.Cycle.Watch;

/// <summary>
/// One deal as watched on a date: every deadline known on that date (past and future), the
/// exceptions still open and the stale inputs, with the window of business days the list shows.
/// </summary>
/// <param name="Calendar">The business days the window counts (the deal's own, <see cref="Reporting.Deals.WatchListTerms"/>).</param>
/// <param name="WindowEnd">The last day of the window: the watch date plus its business days on <paramref name="Calendar"/>.</param>
/// <param name="Deadlines">Every deadline known on the watch date, by date, then kind and reference.</param>
public sealed record DealWatch(
    string DealId,
    string DealName,
    string Scenario,
    string Folder,
    LocalDate AsOf,
    string Calendar,
    LocalDate WindowEnd,
    IReadOnlyList<WatchDeadline> Deadlines,
    IReadOnlyList<WatchException> Exceptions,
    IReadOnlyList<StaleInput> StaleInputs)
{
    /// <summary>Party keys of the terms and the names the documents print for them.</summary>
    public IReadOnlyDictionary<string, string> PartyNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Ratings event ids of the terms and their full names (<c>II</c>: "Ratings Event II").</summary>
    public IReadOnlyDictionary<string, string> EventNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The deadlines from the watch date to the window's end, both days included.</summary>
    public IReadOnlyList<WatchDeadline> InWindow =>
        Deadlines.Where(d => d.Date >= AsOf && d.Date <= WindowEnd).ToArray();
}
