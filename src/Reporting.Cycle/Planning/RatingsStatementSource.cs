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
        var report = context.Results.Ratings!;
        var events = report.Events.Select(e => new RatingsEventModel(
            e.Event, e.Occurred, e.NoticeDue, e.RemedyDue, e.CollateralDemandDue, e.Status.ToString().ToLowerInvariant(),
            e.Clauses.Select(TriggerModel.From).ToArray(), e.NoticeGivenOn, e.NoticeGivenOn is not null && !e.NoticeGiven,
            e.Remedy, e.RemedyTakenOn, e.EndedOn, e.Breaches.Select(BreachModel.From).ToArray())).ToArray();

        var open = new List<DeadlineModel>();
        foreach (var e in report.Events.Where(e => e.Status == RatingsEventStatus.Pending))
        {
            if (e.NoticeGivenOn is null && e.NoticeDue is { } noticeDue && noticeDue >= statementDate)
                open.Add(new DeadlineModel(noticeDue, "notice", e.Event, e.Name, e.Occurred, []));
            if (e.Remedy is null && e.RemedyDue >= statementDate)
                open.Add(new DeadlineModel(e.RemedyDue, "remedy", e.Event, e.Name, e.Occurred, e.RemediesAllowed));
            if (e.CollateralDemandDue is { } demand && demand >= statementDate && e.Remedy is null)
                open.Add(new DeadlineModel(demand, "collateral-demand", e.Event, e.Name, e.Occurred, []));
        }
        foreach (var e in report.Events.Where(e => e.Status == RatingsEventStatus.Breached))
        {
            parts.Exceptions.Add(new RatingsBreachException(e.Name, e.Occurred, e.Breaches.Select(BreachModel.From).ToArray(), e.BreachedOn!.Value));
        }

        var provider = context.Terms.FindParty(data.Terms.Provider)?.Name ?? data.Terms.Provider;
        var section = new RatingsSection(provider, data.Terms.Beneficiary, statementDate, RatingsNoticePlanner.CurrentRatings(data, statementDate), events,
            open.OrderBy(d => d.Date).ToArray());
        return parts with { Ratings = section };
    }
}
