using Reporting.Calendars;
using NodaTime;
using Reporting.Cycle.Models;
using Reporting.Deals;
using Reporting.Ratings;

namespace Reporting.Cycle.Planning;

/// <summary>
/// The ratings notices of Part III(2)(i): the provider's notice of each Ratings Event, the
/// counterparty's demand for Eligible Collateral under Event II, and the notice of an Additional
/// Termination Event when a deadline is missed. Each is dated when the contract makes it due:
/// a notice on the day it was given (per actions.csv) or else on its deadline; the demand on its
/// due date; the termination event notice on the day after the missed deadline.
/// </summary>
public sealed class RatingsNoticePlanner : IOutputPlanner
{
    public IEnumerable<PlannedOutput> Plan(RunContext context)
    {
        if (context.Ratings is null) yield break;
        var data = context.Ratings;
        var report = context.Results.RatingsAtMonthEnd!;
        var deal = context.Terms;
        var provider = PartyModel.From(deal.FindParty(data.Terms.Provider)!);
        var beneficiary = PartyModel.From(deal.FindParty(data.Terms.Beneficiary)!);
        var agencies = RatingAgencies(deal, data.Terms);
        var readings = InterpretationModel.From(deal.Interpretations, k => k.StartsWith("ratings.", StringComparison.Ordinal));
        int index = 0;

        foreach (var occurrence in report.Events)
        {
            index++;
            var terms = data.Terms.Events.First(e => e.Id == occurrence.Event);
            var triggers = occurrence.Clauses.Select(c => new TriggerModel(c.Clause.Describe(), c.RatingSeen, c.FirstHeld)).ToArray();
            var tag = $"{occurrence.Event.ToLowerInvariant()}-{occurrence.Occurred:yyyy-MM-dd}";

            // A clause that asks for no notice gets no notice document.
            if (terms.Notice is not null && occurrence.NoticeDue is { } noticeDue
                && (occurrence.NoticeGivenOn ?? noticeDue) is var noticeDate && context.Contains(noticeDate))
            {
                var title = $"Notice of {occurrence.Name}";
                var model = new RatingsEventNoticeModel(
                    DocumentHeader.For(deal, title, $"{title} under the rate cap of {deal.Info.Name}", noticeDate,
                        $"{deal.Info.Id.ToUpperInvariant()}/RE{occurrence.Event}/{occurrence.Occurred:yyyyMMdd}", "ratings event", "notice"),
                    DealModel.From(deal.Info), provider, beneficiary, agencies,
                    occurrence.Event, occurrence.Name, terms.Description, occurrence.Occurred, triggers,
                    CurrentRatings(data, occurrence.Occurred),
                    noticeDue, Days(terms.Notice), occurrence.RemedyDue, Days(terms.Remedy),
                    occurrence.CollateralDemandDue, occurrence.CollateralDeliveryDue,
                    occurrence.RemediesAllowed,
                    occurrence.RemediesAllowed.Count < terms.Remedies.Count,
                    occurrence.NoticeGivenOn is { } given && given > noticeDue,
                    readings);
                yield return Planned.Pdf("ratings-event-notice", $"ratings-event-{tag}-notice.pdf", "documents/ratings-event-notice.sbn",
                    title, noticeDate, beneficiary.Name, model, model);
            }

            if (occurrence.CollateralDemandRequired && occurrence.CollateralDemandDue is { } demandDate && context.Contains(demandDate))
            {
                var title = $"Demand for Eligible Collateral ({occurrence.Name})";
                var model = new CollateralDemandModel(
                    DocumentHeader.For(deal, title, $"{title}, {deal.Info.Name}", demandDate,
                        $"{deal.Info.Id.ToUpperInvariant()}/DEM{occurrence.Event}/{occurrence.Occurred:yyyyMMdd}", "collateral demand"),
                    DealModel.From(deal.Info), beneficiary, provider, occurrence.Event, occurrence.Name, occurrence.Occurred, occurrence.RemedyDue,
                    occurrence.CollateralDeliveryDue ?? demandDate, triggers, readings);
                yield return Planned.Pdf("collateral-demand", $"ratings-event-{tag}-collateral-demand.pdf", "documents/collateral-demand.sbn",
                    title, demandDate, provider.Name, model, model);
            }

            if (occurrence.Status == RatingsEventStatus.Breached && occurrence.BreachedOn is { } breached && context.Contains(breached))
            {
                var title = "Notice of Additional Termination Event";
                var affected = deal.FindParty(occurrence.AffectedParty ?? data.Terms.AffectedParty)?.Name ?? data.Terms.AffectedParty;
                var model = new TerminationEventNoticeModel(
                    DocumentHeader.For(deal, title, $"{title}, {deal.Info.Name}", breached,
                        $"{deal.Info.Id.ToUpperInvariant()}/ATE/{occurrence.Occurred:yyyyMMdd}", "additional termination event"),
                    DealModel.From(deal.Info), beneficiary, provider, occurrence.Event, occurrence.Name, occurrence.Occurred,
                    occurrence.BreachReason ?? "a deadline under the ratings downgrade provisions", breached, affected, readings);
                yield return Planned.Pdf("termination-event-notice", $"ratings-event-{tag}-termination-event.pdf", "documents/termination-event-notice.sbn",
                    title, breached, provider.Name, model, model);
            }
        }
    }

    private static DaysRuleModel Days(BusinessDayOffset rule) => new(rule.Days, rule.CountsBusinessDays, rule.Calendar.Name);

    internal static IReadOnlyList<CurrentRatingModel> CurrentRatings(RatingsData data, LocalDate date)
    {
        var snapshot = data.History.On(data.Terms.Provider, date);
        return snapshot.Current.Values
            .OrderBy(a => a.Agency.Code, StringComparer.Ordinal).ThenBy(a => a.Term)
            .Select(a => new CurrentRatingModel(a.Agency.DisplayName, a.Term.Code(), a.Rating.Symbol,
                a.Rating.Watch.ToString().ToLowerInvariant(), a.EffectiveDate))
            .ToArray();
    }

    /// <summary>The rating agencies the notices are copied to: their parties when the deal lists them, else their names.</summary>
    private static IReadOnlyList<string> RatingAgencies(DealTerms deal, RatingsDowngradeTerms terms) =>
        terms.Agencies.Select(a => deal.FindParty(a.Code)?.Name ?? a.DisplayName).ToArray();
}
