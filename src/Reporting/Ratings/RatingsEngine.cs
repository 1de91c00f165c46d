using NodaTime;
using Reporting.Deals;
using static Reporting.Formatting.InvariantFormat;

namespace Reporting.Ratings;

/// <summary>
/// Finds each occurrence of each ratings event in a provider's ratings history and judges it
/// against the steps taken (DOMAIN.md §3). A pure function of its inputs and the report date.
/// </summary>
public static class RatingsEngine
{
    /// <summary>Every occurrence up to <paramref name="asOf"/> of every event of a deal's loaded provisions.</summary>
    public static RatingsReport Evaluate(RatingsData data, LocalDate asOf) =>
        Evaluate(data.Terms, data.History, data.Steps, data.Interpretations, asOf);

    /// <summary>Every occurrence up to <paramref name="asOf"/> of every event of <paramref name="terms"/>.</summary>
    /// <param name="steps">The steps of <c>actions.csv</c>; steps after <paramref name="asOf"/> are not yet known and are ignored.</param>
    public static RatingsReport Evaluate(RatingsDowngradeTerms terms, RatingsHistory history, IReadOnlyList<RatingsStep> steps,
        Interpretations interpretations, LocalDate asOf)
    {
        bool withdrawnTriggers = interpretations.Choice(RatingsReadings.WithdrawnRating, "triggers") == "triggers";
        bool agencyConditionRequired = interpretations.Choice(RatingsReadings.RatingAgencyCondition, "required") == "required";

        var spans = new List<EventSpan>();
        var start = history.FirstDate(terms.Provider);
        if (start is LocalDate first && first <= asOf)
        {
            foreach (var definition in terms.Events) spans.AddRange(FindSpans(definition, history, terms.Provider, first, asOf, withdrawnTriggers));
        }

        var providerSteps = steps
            .Where(s => string.Equals(s.Entity, terms.Provider, StringComparison.OrdinalIgnoreCase) && s.Date <= asOf)
            .OrderBy(s => s.Date).ThenBy(s => s.Line)
            .ToArray();
        var occurrences = spans
            .Select(span => Assess(span, spans, providerSteps, terms, agencyConditionRequired, asOf))
            .OrderBy(o => o.Occurred)
            .ThenBy(o => terms.Events.ToList().FindIndex(e => e.Id == o.Event))
            .ToArray();

        var used = RatingsReadings.All.Select(d => d.Key).ToHashSet();
        return new RatingsReport(asOf, terms.Provider, history.On(terms.Provider, asOf), occurrences,
            interpretations.Items.Where(i => used.Contains(i.Key)).ToArray());
    }

    /// <summary>The holding clauses of one day of an occurrence.</summary>
    private sealed record HeldDay(LocalDate Date, IReadOnlyList<TriggerClause> Clauses);

    /// <summary>An occurrence found in the history, before its deadlines are judged.</summary>
    private sealed record EventSpan(RatingsEventTerms Definition, LocalDate Occurred, LocalDate? EndedOn,
        IReadOnlyList<HeldDay> Days, IReadOnlyList<TriggeredClause> Clauses);

    /// <summary>Day by day from the first rating action: an event occurs on the first day its condition holds after a day it did not.</summary>
    private static IEnumerable<EventSpan> FindSpans(RatingsEventTerms definition, RatingsHistory history, string provider,
        LocalDate first, LocalDate asOf, bool withdrawnTriggers)
    {
        LocalDate? occurred = null;
        var days = new List<HeldDay>();
        var clauses = new List<TriggeredClause>();
        for (var day = first; day <= asOf; day = day.PlusDays(1))
        {
            var snapshot = history.On(provider, day);
            var holding = definition.HoldingClauses(snapshot, withdrawnTriggers);
            if (holding.Count > 0)
            {
                occurred ??= day;
                days.Add(new HeldDay(day, holding));
                foreach (var clause in holding.Where(c => clauses.All(t => t.Clause != c)))
                {
                    var rating = snapshot.Get(clause.Scale.Agency, clause.Scale.Term)!;
                    clauses.Add(new TriggeredClause(clause, day, rating.ToString()) { Seen = rating });
                }
            }
            else if (occurred is LocalDate start)
            {
                yield return new EventSpan(definition, start, day, days.ToArray(), clauses.ToArray());
                occurred = null;
                days.Clear();
                clauses.Clear();
            }
        }
        if (occurred is LocalDate open) yield return new EventSpan(definition, open, null, days.ToArray(), clauses.ToArray());
    }

    private static RatingsEventOccurrence Assess(EventSpan span, IReadOnlyList<EventSpan> all, IReadOnlyList<RatingsStep> steps,
        RatingsDowngradeTerms terms, bool agencyConditionRequired, LocalDate asOf)
    {
        var definition = span.Definition;
        var lastDay = span.EndedOn?.PlusDays(-1) ?? asOf;
        LocalDate? noticeDue = definition.Notice?.From(span.Occurred);
        var remedyDue = definition.Remedy.From(span.Occurred);

        // A remedy may predate this occurrence when it answered an earlier event that is still
        // continuing: a credit support document given for Ratings Event I also answers Event II.
        var continuing = all.Where(s => s.Occurred <= span.Occurred && (s.EndedOn is null || s.EndedOn > span.Occurred)).ToArray();
        var downgradeStart = continuing.Min(s => s.Occurred);
        var continuingIds = continuing.Select(s => s.Definition.Id).ToArray();
        var answering = steps.Where(s => s.Answers(definition.Id) && s.Date <= lastDay).ToArray();
        var remedial = steps
            .Where(s => s.Date >= downgradeStart && s.Date <= lastDay && continuingIds.Any(s.Answers))
            .ToArray();

        var notice = answering.FirstOrDefault(s => s.Action == RatingsActionKinds.Notice && s.Date >= span.Occurred);
        bool noticeInTime = notice is not null && (noticeDue is null || notice.Date <= noticeDue);

        var restrictions = definition.Restrictions
            .Where(r => span.Days.Any(d => d.Date <= remedyDue && d.Clauses.Any(c => c.Label == r.Clause)))
            .ToArray();
        var allowed = restrictions.Aggregate((IEnumerable<string>)definition.Remedies, (acc, r) => acc.Intersect(r.Remedies)).ToArray();

        var confirmation = remedial.FirstOrDefault(s => s.Action == RatingsActionKinds.RatingAgencyConfirmation);
        var remedyStep = remedial.FirstOrDefault(s => allowed.Contains(s.Action));
        LocalDate? remedyOn = remedyStep is null ? null
            : !agencyConditionRequired ? remedyStep.Date
            : confirmation is null ? null
            : LocalDate.Max(remedyStep.Date, confirmation.Date);
        bool remedyInTime = remedyOn is LocalDate r0 && r0 <= remedyDue;

        var facts = new List<RatingsBreach>();
        bool Missed(LocalDate due, LocalDate? doneOn) => (doneOn is null || doneOn > due) && due <= lastDay && asOf > due;

        if (noticeDue is LocalDate due && Missed(due, notice?.Date))
        {
            facts.Add(new RatingsBreach(notice is null ? RatingsBreachKind.NoNotice : RatingsBreachKind.LateNotice,
                due, due.PlusDays(1), notice?.Date, [], [], null));
        }

        // A restricted type (II (a)) has no collateral way out, so no demand date applies to it.
        LocalDate? demandDue = restrictions.Length > 0 ? null : definition.CollateralDemand?.From(remedyDue);
        LocalDate? deliveryDue = demandDue is LocalDate dd ? definition.CollateralDelivery?.From(dd) : null;
        bool demandRequired = false;
        RatingsStep? collateral = null;
        if (!remedyInTime)
        {
            var unanswered = RemedyShortfall(remedyStep, confirmation, agencyConditionRequired, remedial, allowed, span.Occurred);
            if (demandDue is null)
            {
                if (Missed(remedyDue, remedyOn))
                {
                    facts.Add(new RatingsBreach(RatingsBreachKind.NoRemedy, remedyDue, remedyDue.PlusDays(1), null,
                        allowed, restrictions.Select(r => r.Clause).ToArray(), null) { Shortfall = unanswered });
                }
            }
            else if (remedyDue <= lastDay && asOf > remedyDue)
            {
                demandRequired = true;
                // Collateral already posted under any continuing event answers the demand.
                collateral = remedial.FirstOrDefault(s => s.Action == RatingsActionKinds.CollateralAgreement);
                if (Missed(deliveryDue!.Value, collateral?.Date))
                {
                    facts.Add(new RatingsBreach(RatingsBreachKind.NoCollateral, deliveryDue.Value, deliveryDue.Value.PlusDays(1), null,
                        allowed, [], demandDue));
                }
            }
        }

        var breaches = facts.OrderBy(b => b.On).ToArray();
        var status = breaches.Length > 0 ? RatingsEventStatus.Breached
            : remedyOn is not null ? RatingsEventStatus.Remedied
            : span.EndedOn is not null ? RatingsEventStatus.Cured
            : RatingsEventStatus.Pending;

        return new RatingsEventOccurrence(
            definition.Id, definition.Name, span.Clauses, span.Occurred, span.EndedOn,
            noticeDue, noticeInTime, notice?.Date,
            remedyDue, allowed,
            demandDue, demandRequired, deliveryDue, collateral?.Date,
            remedyOn is null ? null : remedyStep!.Action, remedyOn,
            status,
            breaches.Length > 0 ? breaches[0].On : null,
            breaches.Length > 0 ? terms.AffectedParty : null)
        {
            Breaches = breaches,
            RestrictedClauses = restrictions.Select(r => r.Clause).ToArray(),
        };
    }

    /// <summary>Why a step that looks like a remedy did not count; null when no such step was taken.</summary>
    private static RemedyShortfall? RemedyShortfall(RatingsStep? remedyStep, RatingsStep? confirmation, bool agencyConditionRequired,
        IReadOnlyList<RatingsStep> remedial, IReadOnlyList<string> allowed, LocalDate occurred)
    {
        if (remedyStep is not null && agencyConditionRequired && confirmation is null)
            return new RemedyShortfall(RemedyShortfallKind.LacksConfirmation, remedyStep.Action, remedyStep.Date, null);
        if (remedyStep is not null)
            return new RemedyShortfall(RemedyShortfallKind.TooLate, remedyStep.Action, remedyStep.Date, confirmation?.Date);
        // Prefer a step taken for this occurrence over one taken for an earlier, continuing event.
        var other = remedial
            .Where(s => RatingsActionKinds.Remedies.Contains(s.Action) && !allowed.Contains(s.Action))
            .OrderBy(s => s.Date >= occurred ? 0 : 1)
            .FirstOrDefault();
        return other is null ? null : new RemedyShortfall(RemedyShortfallKind.DoesNotCure, other.Action, other.Date, null);
    }
}
