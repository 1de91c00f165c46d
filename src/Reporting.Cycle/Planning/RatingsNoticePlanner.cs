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
        var report = context.Results.Ratings!;
        var deal = context.Terms;
        var providerParty = deal.FindParty(data.Terms.Provider)!;
        var beneficiaryParty = deal.FindParty(data.Terms.Beneficiary)!;
        var provider = PartyModel.From(providerParty);
        var beneficiary = PartyModel.From(beneficiaryParty);
        var readings = InterpretationModel.From(deal.Interpretations, k => k.StartsWith("ratings.", StringComparison.Ordinal));

        foreach (var occurrence in report.Events)
        {
            var terms = data.Terms.Events.First(e => e.Id == occurrence.Event);
            var triggers = occurrence.Clauses.Select(TriggerModel.From).ToArray();
            var tag = $"{occurrence.Event.ToLowerInvariant()}-{occurrence.Occurred:yyyy-MM-dd}";

            // A clause that asks for no notice gets no notice document.
            if (terms.Notice is not null && occurrence.NoticeDue is { } noticeDue
                && (occurrence.NoticeGivenOn ?? noticeDue) is var noticeDate && context.Contains(noticeDate))
            {
                const string kind = "ratings-event-notice";
                var fileName = $"ratings-event-{tag}-notice.pdf";
                var notice = NoticeEngine.For(deal, kind, providerParty, beneficiaryParty, occurrence.Event);
                var title = context.Titles.For(DocumentHeader.Facts(deal, kind) with { EventName = occurrence.Name });
                var header = DocumentHeader.For(deal, title, noticeDate,
                    $"{deal.Info.Id.ToUpperInvariant()}/RE{occurrence.Event}/{occurrence.Occurred:yyyyMMdd}");
                var model = new RatingsEventNoticeModel(
                    header, DealModel.From(deal.Info), provider, beneficiary, notice,
                    occurrence.Event, occurrence.Name, terms.Description, occurrence.Occurred, triggers,
                    CurrentRatings(data, occurrence.Occurred),
                    noticeDue, Days(terms.Notice), occurrence.RemedyDue, Days(terms.Remedy),
                    occurrence.CollateralDemandDue, occurrence.CollateralDeliveryDue,
                    occurrence.RemediesAllowed,
                    occurrence.RestrictedClauses,
                    occurrence.NoticeGivenOn is { } given && given > noticeDue);
                yield return Planned.Pdf(kind, fileName, "documents/ratings-event-notice.sbn",
                    title.Title, noticeDate, beneficiary.Name, model, model);
                yield return NoticeMemo.Beside(context, kind, fileName, header, provider, beneficiary, notice, [], readings);
            }

            if (occurrence.CollateralDemandRequired && occurrence.CollateralDemandDue is { } demandDate && context.Contains(demandDate))
            {
                const string kind = "collateral-demand";
                var fileName = $"ratings-event-{tag}-collateral-demand.pdf";
                var notice = NoticeEngine.For(deal, kind, beneficiaryParty, providerParty, occurrence.Event);
                var title = context.Titles.For(DocumentHeader.Facts(deal, kind) with { EventName = occurrence.Name });
                var header = DocumentHeader.For(deal, title, demandDate,
                    $"{deal.Info.Id.ToUpperInvariant()}/DEM{occurrence.Event}/{occurrence.Occurred:yyyyMMdd}");
                var model = new CollateralDemandModel(
                    header, DealModel.From(deal.Info), beneficiary, provider, notice, occurrence.Event, occurrence.Name, occurrence.Occurred,
                    occurrence.RemedyDue, occurrence.CollateralDeliveryDue ?? demandDate, triggers,
                    AlreadyPosting(deal, report, occurrence, demandDate), LatestValuation(context, demandDate));
                yield return Planned.Pdf(kind, fileName, "documents/collateral-demand.sbn",
                    title.Title, demandDate, provider.Name, model, model);
                yield return NoticeMemo.Beside(context, kind, fileName, header, beneficiary, provider, notice, [], readings);
            }

            if (occurrence.Status == RatingsEventStatus.Breached && occurrence.BreachedOn is { } breached && context.Contains(breached))
            {
                const string kind = "termination-event-notice";
                var fileName = $"ratings-event-{tag}-termination-event.pdf";
                var affected = deal.FindParty(occurrence.AffectedParty ?? data.Terms.AffectedParty)?.Name ?? data.Terms.AffectedParty;
                var notice = NoticeEngine.For(deal, kind, beneficiaryParty, providerParty, occurrence.Event);
                var title = context.Titles.For(DocumentHeader.Facts(deal, kind) with { EventName = occurrence.Name });
                var header = DocumentHeader.For(deal, title, breached, $"{deal.Info.Id.ToUpperInvariant()}/ATE/{occurrence.Occurred:yyyyMMdd}");
                // The notice states only the failures that exist on its own date.
                var breaches = occurrence.Breaches.Where(b => b.On <= breached).Select(BreachModel.From).ToArray();
                var model = new TerminationEventNoticeModel(
                    header, DealModel.From(deal.Info), beneficiary, provider, notice, occurrence.Event, occurrence.Name, occurrence.Occurred,
                    breaches, breached, affected);
                yield return Planned.Pdf(kind, fileName, "documents/termination-event-notice.sbn",
                    title.Title, breached, provider.Name, model, model);
                yield return NoticeMemo.Beside(context, kind, fileName, header, beneficiary, provider, notice, [], readings);
            }
        }
    }

    /// <summary>
    /// Eligible Collateral the provider is already delivering on <paramref name="date"/> as the
    /// remedy of another continuing event (Ratings Event I's collateral agreement): the demand
    /// under Event II is then required only to the extent it is not already delivered.
    /// </summary>
    private static PostingModel? AlreadyPosting(DealTerms deal, RatingsReport report, RatingsEventOccurrence demanding, LocalDate date)
    {
        var posting = report.Events
            .Where(e => e != demanding && e.Remedy == RatingsActionKinds.CollateralAgreement
                && e.RemedyTakenOn is { } on && on <= date && e.Occurred <= date && (e.EndedOn is null || e.EndedOn > date))
            .OrderBy(e => e.RemedyTakenOn)
            .FirstOrDefault();
        if (posting is null) return null;
        string? clause = deal.Notices is { } n && n.Clauses.RatingsEvents.TryGetValue(posting.Event, out var c) ? c : null;
        return new PostingModel(posting.Event, posting.Name, posting.RemedyTakenOn!.Value, clause);
    }

    /// <summary>The latest Valuation Date whose calculations were notified by <paramref name="date"/>.</summary>
    private static DemandValuationModel? LatestValuation(RunContext context, LocalDate date)
    {
        if (context.Collateral is null) return null;
        var v = context.Results.Valuations.Where(v => v.NotificationDate <= date).MaxBy(v => v.ValuationDate);
        return v is null ? null : new DemandValuationModel(v.ValuationDate, v.CreditSupportAmount, v.PostedValue, v.DeliveryAmount,
            context.Collateral.Terms.RoundingMultiple, v.NotificationDate, v.TransferDue);
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
}
