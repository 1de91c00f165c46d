using Reporting.Cycle.Models;
using Reporting.Ratings;

namespace Reporting.Cycle.Planning;

/// <summary>The statement's ratings section: ratings in force, every event so far, and the deadlines still open.</summary>
public sealed class RatingsStatementSource : IStatementSectionSource
{
    public StatementParts Contribute(RunContext context, StatementParts parts)
    {
        if (context.Ratings is null) return parts;
        var data = context.Ratings;
        var statementDate = context.Results.StatementDate;
        var report = context.Results.RatingsAtStatementDate!;
        var events = report.Events.Select(e => new RatingsEventModel(
            e.Event, e.Occurred, e.NoticeDue, e.RemedyDue, e.CollateralDemandDue, RatingsText.Status(e.Status), Detail(e))).ToArray();

        var open = new List<DeadlineModel>();
        foreach (var e in report.Events.Where(e => e.Status == RatingsEventStatus.Pending))
        {
            if (e.NoticeGivenOn is null && e.NoticeDue is { } noticeDue && noticeDue >= statementDate)
                open.Add(new DeadlineModel(noticeDue, $"notice of {e.Name} (occurred {e.Occurred:yyyy-MM-dd})"));
            if (e.Remedy is null && e.RemedyDue >= statementDate)
                open.Add(new DeadlineModel(e.RemedyDue, $"remedy for {e.Name}: {string.Join(", ", e.RemediesAllowed.Select(RatingsText.RemedyShort))}"));
            if (e.CollateralDemandDue is { } demand && demand >= statementDate && e.Remedy is null)
                open.Add(new DeadlineModel(demand, $"if no remedy by then, the Counterparty's demand for Eligible Collateral ({e.Name})"));
        }
        foreach (var e in report.Events.Where(e => e.Status == RatingsEventStatus.Breached))
        {
            parts.Exceptions.Add($"{e.Name} of {e.Occurred:yyyy-MM-dd}: {e.BreachReason}. An Additional Termination Event exists from {e.BreachedOn:yyyy-MM-dd}.");
        }

        var provider = context.Terms.FindParty(data.Terms.Provider)?.Name ?? data.Terms.Provider;
        var section = new RatingsSection(provider, statementDate, RatingsNoticePlanner.CurrentRatings(data, statementDate), events,
            open.OrderBy(d => d.Date).ToArray());
        return parts with { Ratings = section };
    }

    private static string Detail(RatingsEventOccurrence e)
    {
        var clauses = string.Join("; ", e.Clauses.Select(c => $"{c.Clause.Describe()} ({c.RatingSeen})"));
        var notice = e.NoticeGivenOn is { } n ? $"notice given {n:yyyy-MM-dd}{(e.NoticeGiven ? "" : " (late)")}" : "no notice recorded";
        var remedy = e.Remedy is { } r ? $"; {RatingsText.RemedyShort(r)} on {e.RemedyTakenOn:yyyy-MM-dd}" : "";
        var ended = e.EndedOn is { } end ? $"; condition ended {end:yyyy-MM-dd}" : "";
        var breach = e.BreachReason is { } b ? $"; {b}" : "";
        return $"{clauses}; {notice}{remedy}{ended}{breach}";
    }
}
