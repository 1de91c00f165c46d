using NodaTime;
using Reporting.Calendars;
using Reporting.Cycle.Planning;
using Reporting.Deals;
using Reporting.Ledger;
using Reporting.Loans;

namespace Reporting.Cycle.Watch;

/// <summary>
/// Watches one deal on a date: runs each engine of the deal as of that date (so nothing dated
/// after it is used: ratings, steps, marks, transfers and tapes later than the date are not yet
/// known) and gathers every deadline, open exception and stale input. A pure function of the
/// loaded inputs, the date and the window.
/// </summary>
public static class DealWatchEngine
{
    public static DealWatch Watch(DealInputs inputs, LocalDate asOf, int businessDays)
    {
        var terms = inputs.Terms;
        var deadlines = new List<WatchDeadline>();
        var exceptions = new List<WatchException>();
        var stale = new List<StaleInput>();

        var ledger = inputs.Ledger is { } ledgerData ? LedgerEngine.Reconcile(ledgerData, asOf) : null;
        if (inputs.Ratings is { } ratings) RatingsWatch.Add(ratings, asOf, deadlines, exceptions);
        else if (terms.RatingsDowngrade is not null)
            exceptions.Add(new WatchException(ExceptionKinds.NoRatingHistory, null, "ratings", terms.RatingsDowngrade.Provider, null, null));
        if (inputs.Cap is { } cap) CapWatch.Add(cap, ledger, asOf, deadlines, exceptions);
        if (inputs.Collateral is { } collateral)
        {
            CollateralWatch.Add(collateral, ledger, asOf, deadlines, exceptions);
            if (StaleInputCheck.ExposureMark(collateral, terms.WatchList, asOf) is { } mark) stale.Add(mark);
        }
        if (inputs.Loans is { } loans && terms.OptionalPurchase is { } purchase)
        {
            LoanWatch.Add(loans, purchase, asOf, deadlines, exceptions);
            if (StaleInputCheck.LoanTape(OptionalPurchaseEngine.Evaluate(loans, asOf), purchase, terms.WatchList, asOf) is { } tape) stale.Add(tape);
        }
        // A party the notice clause copies letters to but gives no address: standing, until the terms give one.
        if (terms.Notices is { } notices)
        {
            foreach (var missing in NoticeEngine.ExceptionsOf(terms, notices.CopyRatingAgencies))
                exceptions.Add(new WatchException(ExceptionKinds.NoNoticeAddress, null, missing.Party ?? "", missing.Party, null, null));
        }

        var calendar = CalendarOf(terms);
        return new DealWatch(terms.Info.Id, terms.Info.Name, terms.Info.Scenario, terms.Folder, asOf, calendar.Name,
            calendar.AddBusinessDays(asOf, businessDays),
            deadlines.OrderBy(d => d.Date).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Reference, StringComparer.Ordinal).ToArray(),
            exceptions.OrderBy(e => e.Date ?? LocalDate.MinIsoValue).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Reference, StringComparer.Ordinal).ToArray(),
            stale)
        {
            PartyNames = terms.Parties.ToDictionary(p => p.Key, p => p.Name, StringComparer.Ordinal),
            EventNames = terms.RatingsDowngrade?.Events.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>(),
        };
    }

    /// <summary>
    /// The deal's own business days for the window: as its terms name them for the watch list,
    /// else the Credit Support Annex's Local Business Days, the ratings provisions', the cap's
    /// Payment Date calendar or the optional purchase's Business Days, else New York.
    /// </summary>
    public static HolidayCalendar CalendarOf(DealTerms terms) =>
        terms.WatchList.Calendar
        ?? terms.CreditSupportAnnex?.LocalBusinessDays
        ?? terms.RatingsDowngrade?.LocalBusinessDays
        ?? (terms.Cap?.Floating.PaymentAdjustment ?? terms.Cap?.Floating.PeriodEndAdjustment)?.Calendar
        ?? terms.OptionalPurchase?.BusinessDayCalendar
        ?? HolidayCalendars.Usny;
}
