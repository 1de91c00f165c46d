using Reporting.Calendars;

namespace Reporting.Ledger;

/// <summary>
/// What follows a Transfer under the Credit Support Annex that is not made when due (1994 ISDA
/// CSA, Paragraph 7(i)): the Secured Party's notice of the failure, a grace period of Local
/// Business Days after it, and then, where the Master Agreement lets it count, an Event of Default.
/// </summary>
/// <param name="Notice">From the due date to the notice of failure (Local Business Days).</param>
/// <param name="Grace">From the notice to the end of the grace period: the failure must continue past it to become an Event of Default.</param>
/// <param name="EventOfDefault">
/// False when the Master Agreement disapplies Section 5(a)(iii), through which Paragraph 7 works:
/// the failure is then noticed and reported but is no Event of Default.
/// </param>
public sealed record FailureToTransferTerms(BusinessDayOffset Notice, BusinessDayOffset Grace, bool EventOfDefault)
{
    /// <summary>The 1994 CSA as printed: notice the next Local Business Day, two Local Business Days' grace, Event of Default.</summary>
    public static FailureToTransferTerms Standard(HolidayCalendar localBusinessDays) =>
        new(new BusinessDayOffset(1, localBusinessDays), new BusinessDayOffset(2, localBusinessDays), true);
}
