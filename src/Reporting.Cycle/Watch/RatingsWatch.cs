using NodaTime;
using Reporting.Ratings;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The deadlines of the ratings downgrade provisions as known on the watch date: each occurrence's
/// notice and remedy deadlines, the collateral demand and delivery after a missed remedy, and the
/// Additional Termination Event a missed deadline brings, which stays an open exception while the
/// event continues (nothing in the inputs records a termination or a waiver).
/// </summary>
internal static class RatingsWatch
{
    public static void Add(RatingsData data, LocalDate asOf, ICollection<WatchDeadline> deadlines, ICollection<WatchException> exceptions)
    {
        var report = RatingsEngine.Evaluate(data, asOf);
        var terms = data.Terms;
        foreach (var e in report.Events)
        {
            var definition = terms.Events.First(d => d.Id == e.Event);
            var reference = $"{e.Event}/{WatchDates.Iso(e.Occurred)}";
            // The event no longer holding on a deadline's day makes that deadline moot.
            bool EndedBy(LocalDate due) => e.EndedOn is LocalDate ended && ended <= due;

            if (e.NoticeDue is LocalDate noticeDue)
            {
                var state = e.NoticeGiven ? DeadlineState.Done
                    : EndedBy(noticeDue) ? DeadlineState.Lapsed
                    : noticeDue >= asOf ? DeadlineState.Open
                    : DeadlineState.Missed;
                deadlines.Add(new WatchDeadline(DeadlineKinds.RatingsNotice, noticeDue, reference, terms.Provider, null,
                    WatchDates.NameOf(definition.Notice), state));
            }

            bool remedied = e.RemedyTakenOn is LocalDate taken && taken <= e.RemedyDue;
            var remedyState = remedied ? DeadlineState.Done
                : EndedBy(e.RemedyDue) ? DeadlineState.Lapsed
                : e.RemedyDue >= asOf ? DeadlineState.Open
                : DeadlineState.Missed;
            deadlines.Add(new WatchDeadline(DeadlineKinds.RatingsRemedy, e.RemedyDue, reference, terms.Provider, null,
                WatchDates.NameOf(definition.Remedy), remedyState));

            if (e.CollateralDemandDue is LocalDate demandDue)
            {
                // The demand and the delivery after it matter only once the remedy deadline is missed.
                bool moot = remedyState is DeadlineState.Done or DeadlineState.Lapsed;
                deadlines.Add(new WatchDeadline(DeadlineKinds.CollateralDemand, demandDue, reference, terms.Beneficiary, null,
                    WatchDates.NameOf(definition.CollateralDemand), moot ? DeadlineState.Lapsed : WatchDates.Unrecorded(demandDue, asOf)));
                if (e.CollateralDeliveryDue is LocalDate deliveryDue)
                {
                    var state = moot ? DeadlineState.Lapsed
                        : e.CollateralPostedOn is LocalDate posted && posted <= deliveryDue ? DeadlineState.Done
                        : EndedBy(deliveryDue) ? DeadlineState.Lapsed
                        : deliveryDue >= asOf ? DeadlineState.Open
                        : DeadlineState.Missed;
                    deadlines.Add(new WatchDeadline(DeadlineKinds.CollateralDeliveryAfterDemand, deliveryDue, reference, terms.Provider, null,
                        WatchDates.NameOf(definition.CollateralDelivery), state));
                }
            }

            if (e.BreachedOn is LocalDate breached)
            {
                deadlines.Add(new WatchDeadline(DeadlineKinds.AdditionalTerminationEvent, breached, reference, e.AffectedParty, null,
                    null, DeadlineState.Occurred));
                if (e.EndedOn is null)
                    exceptions.Add(new WatchException(ExceptionKinds.AdditionalTerminationEvent, breached, reference, e.AffectedParty, null, null));
            }
        }
    }
}
