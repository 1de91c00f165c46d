namespace Reporting.Ledger;

/// <summary>
/// What follows a Transfer under the Credit Support Annex that is not made when due (1994 ISDA
/// CSA, Paragraph 7(i)): the Secured Party's notice of the failure, a grace period of Local
/// Business Days after it, and then, where the Master Agreement lets it count, an Event of Default.
/// </summary>
/// <param name="NoticeBusinessDaysAfterDue">The notice of failure goes out this many Local Business Days after the due date.</param>
/// <param name="GraceBusinessDays">The failure must continue this many Local Business Days after the notice to become an Event of Default.</param>
/// <param name="EventOfDefault">
/// False when the Master Agreement disapplies Section 5(a)(iii), through which Paragraph 7 works:
/// the failure is then noticed and reported but is no Event of Default.
/// </param>
public sealed record FailureToTransferTerms(int NoticeBusinessDaysAfterDue, int GraceBusinessDays, bool EventOfDefault)
{
    /// <summary>The 1994 CSA as printed: notice the next Local Business Day, two Local Business Days' grace, Event of Default.</summary>
    public static FailureToTransferTerms Standard { get; } = new(1, 2, true);
}
