using NodaTime;
using Reporting.Loans;

namespace Reporting.Cycle.Watch;

/// <summary>
/// The optional purchase windows known on the watch date: for each loan whose delinquency has
/// opened (or will open) a window, the day it opens and the day it closes. A purchase the clause
/// does not allow is an open exception.
/// </summary>
internal static class LoanWatch
{
    public static void Add(LoanInputs loans, OptionalPurchaseTerms terms, LocalDate asOf, ICollection<WatchDeadline> deadlines, ICollection<WatchException> exceptions)
    {
        var report = OptionalPurchaseEngine.Evaluate(loans, asOf);
        var calendar = terms.BusinessDayCalendar.Name;
        foreach (var loan in report.Loans)
        {
            if (loan.Status == LoanPurchaseStatus.PurchaseException)
                exceptions.Add(new WatchException(ExceptionKinds.PurchaseException, loan.Purchase?.Purchase.PurchaseDate, loan.LoanId, terms.Purchaser, null, null));
            // A loan not (or no longer) delinquent enough has no window to watch.
            if (loan.Status == LoanPurchaseStatus.NotEligible || loan.Episode is not { } episode) continue;
            var reference = $"{loan.LoanId}/{episode.Number}";
            var window = episode.Window;
            deadlines.Add(new WatchDeadline(DeadlineKinds.PurchaseWindowOpens, window.Start, reference, terms.Purchaser, null,
                calendar, WatchDates.Unrecorded(window.Start, asOf)));
            // A window that never closes (an open-ended purchase option) has no closing deadline.
            if (window.End is not { } end) continue;
            var closes = loan.Status is LoanPurchaseStatus.Purchased or LoanPurchaseStatus.PurchaseException ? DeadlineState.Done
                : end >= asOf ? DeadlineState.Open
                : DeadlineState.Lapsed;
            deadlines.Add(new WatchDeadline(DeadlineKinds.PurchaseWindowCloses, end, reference, terms.Purchaser, null,
                calendar, closes));
        }
    }
}
